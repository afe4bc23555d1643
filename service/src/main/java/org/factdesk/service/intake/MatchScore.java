package org.factdesk.service.intake;

/**
 * How likely a candidate claim is the same claim as a text, from 0 to 1, out of the two things the server
 * measures for every candidate: the cosine of their MiniLM-q sentence embeddings (meaning) and the {@link
 * Resemblance} Dice of their content words (wording). The two disagree on rewordings (high cosine, low Dice)
 * and on texts that share names but not the claim; one logistic regression weighs them, so {@link #SUGGEST} and
 * {@link #MATCH} are thresholds on one fixed scale whatever the search backend and the index size.
 *
 * <p>Fitted on CheckThat! 2020 task 2 (train split only: 800 tweets, 29,066 tweet–claim pairs, the candidates the
 * server would see: BM25 top 20 over the claim text ∪ cosine top 20; a pair is positive when the claim is the
 * tweet's verified claim or the same text) by {@code java -cp $CP org.factdesk.tools.matching.MatchCalibration
 * ../shared/data/claim-matching} on 2026-12-03; that command prints these figures and the precision and recall on
 * train and dev (docs/intake.md, "Scores and thresholds in the server"). A product term was tried and dropped:
 * it improved the train likelihood by 1.5 only (AIC 2802.9 against 2804.0).
 */
public final class MatchScore {

    static final double INTERCEPT = -14.2374;
    static final double COSINE = 19.1713;
    static final double DICE = 13.2324;

    /**
     * Shown as "may be the same claim": the best F1 on the train pairs (0.3202). Precision 0.81 / recall 0.74
     * among the train candidates, 0.77 / 0.68 on dev.
     */
    public static final double SUGGEST = 0.32;

    /**
     * Linked as a duplicate without asking. The score read as each pair's own probability must reach 0.95: stricter
     * than the lowest threshold where precision over all pairs above reaches 0.95 on train (0.832), because pairs
     * just above that one were the same claim only three times in four (0.76 for 0.83–0.90), and because two
     * claims in the server are clean sentences that score higher for the same relation than a tweet and a claim do.
     * Precision 0.986 / recall 0.37 among the train candidates, 0.987 / 0.33 on dev.
     */
    public static final double MATCH = 0.95;

    private MatchScore() {}

    /** {@code cosine} of the two embeddings (-1 to 1), {@code dice} from {@link Resemblance#of} (0 to 1). */
    public static double of(double cosine, double dice) {
        double z = INTERCEPT + COSINE * cosine + DICE * dice;
        return 1 / (1 + Math.exp(-z));
    }
}
