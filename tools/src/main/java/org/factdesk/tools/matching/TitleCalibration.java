package org.factdesk.tools.matching;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.factdesk.service.intake.MatchScore;
import org.factdesk.service.intake.Resemblance;
import org.factdesk.tools.embedding.SentenceEncoder;
import org.factdesk.tools.intake.Ranking;

/**
 * What the fact-check's {@code title} (a ClaimReview's headline) would add to the server's ranking, which reads a
 * claim's {@code vclaim} (its claimReviewed) alone: {@link MatchCalibration}'s pairs and MAP@5 beside rankings whose
 * candidates are the top {@value MatchCalibration#CANDIDATES} by BM25 over vclaim and title in one field and the
 * nearest {@value MatchCalibration#CANDIDATES} by the higher of the two MiniLM-q cosines, scored by the better of
 * {@link MatchScore} to each text (coefficients as hard-coded), by a logistic regression refitted on the train pairs
 * with the cosine and Dice to both texts, by {@link MatchScore} to vclaim alone (what the candidates alone give) and
 * by {@link MatchScore} of the two cosines' and the two Dice's means. Only the refit is chosen, on train.
 *
 * <p>Usage: {@code TitleCalibration [DATA_DIR]}; embeddings are cached in {@code tools/target/embeddings}.
 */
public final class TitleCalibration {

    private TitleCalibration() {}

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        MatchCalibration.Setup setup = MatchCalibration.Setup.load(args);
        List<ClaimMatchingData.VerifiedClaim> claims = setup.claims();
        List<String> ids = setup.ids();
        List<ClaimMatchingData.Query>[] splits = setup.splits();
        String[] names = setup.names();

        SentenceEncoder encoder = setup.encoder();
        float[][] vclaimVectors = encoder.encodeDocuments(
                claims.stream().map(ClaimMatchingData.VerifiedClaim::vclaim).toList());
        float[][] titleVectors = encoder.encodeDocuments(
                claims.stream().map(ClaimMatchingData.VerifiedClaim::title).toList());
        List<MatchCalibration.Pair>[] today = new List[2];
        List<MatchCalibration.Pair>[] both = new List[2];
        try (Bm25 vclaims = new Bm25(claims, true, ClaimMatchingData.VerifiedClaim::vclaim);
                Bm25 withTitles = new Bm25(claims, true)) {
            for (int s = 0; s < 2; s++) {
                List<ClaimMatchingData.Query> queries = splits[s];
                float[][] tweets = encoder.encode(MatchCalibration.texts(queries));
                float[][] toVclaim = ClaimMatching.cosines(tweets, vclaimVectors);
                float[][] toTitle = ClaimMatching.cosines(tweets, titleVectors);
                today[s] = MatchCalibration.pairs(
                        queries, claims, MatchCalibration.bm25(vclaims, queries), toVclaim, (q, d) -> new double[] {
                            toVclaim[q][d],
                            Resemblance.of(queries.get(q).text(), claims.get(d).vclaim())
                        });
                both[s] = MatchCalibration.pairs(
                        queries,
                        claims,
                        MatchCalibration.bm25(withTitles, queries),
                        ClaimMatching.max(toVclaim, toTitle, 1),
                        (q, d) -> new double[] {
                            toVclaim[q][d],
                            Resemblance.of(queries.get(q).text(), claims.get(d).vclaim()),
                            toTitle[q][d],
                            Resemblance.of(queries.get(q).text(), claims.get(d).title())
                        });
            }
        }
        System.out.printf(
                Locale.ROOT,
                "candidates per tweet (MiniLM-q, tweet as given): (a) BM25 top %d over vclaim ∪ cosine top %d to"
                        + " vclaim; (b)–(e) BM25 top %1$d over vclaim + title ∪ cosine top %2$d by max(to vclaim, to"
                        + " title)%n",
                MatchCalibration.CANDIDATES,
                MatchCalibration.CANDIDATES);
        for (int s = 0; s < 2; s++) {
            int relevant = splits[s].stream().mapToInt(q -> q.relevant().size()).sum();
            System.out.printf(
                    Locale.ROOT,
                    "  %-5s (a) %d pairs holding %.1f %% of the qrels; (b)–(e) %d pairs holding %.1f %%%n",
                    names[s],
                    today[s].size(),
                    100.0
                            * today[s].stream()
                                    .filter(MatchCalibration.Pair::listed)
                                    .count()
                            / relevant,
                    both[s].size(),
                    100.0
                            * both[s].stream()
                                    .filter(MatchCalibration.Pair::listed)
                                    .count()
                            / relevant);
        }

        MatchCalibration.Logistic refit = MatchCalibration.fit(both[0], MatchCalibration.Pair::x);
        MatchCalibration.Logistic vclaimOnly = MatchCalibration.fit(both[0], p -> new double[] {p.cosine(), p.dice()});
        double[] w = refit.w();
        System.out.printf(
                Locale.ROOT,
                "(c) refitted on the train pairs of (b): z = %.4f + %.4f cos_vclaim + %.4f dice_vclaim + %.4f"
                        + " cos_title + %.4f dice_title; AIC %.1f (vclaim features alone on the same pairs: %.1f)%n",
                w[0],
                w[1],
                w[2],
                w[3],
                w[4],
                refit.aic(),
                vclaimOnly.aic());

        List<ToDoubleFunction<MatchCalibration.Pair>> rules = List.of(
                MatchCalibration.Pair::server,
                TitleCalibration::better,
                p -> refit.score(p.x()),
                MatchCalibration.Pair::server,
                p -> MatchScore.of((p.x()[0] + p.x()[2]) / 2, (p.x()[1] + p.x()[3]) / 2));
        String[] rankings = {
            "(a) server today: MatchScore to vclaim",
            "(b) max(MatchScore to vclaim, to title)",
            "(c) refitted on the four features",
            "(d) (b)'s candidates, MatchScore to vclaim",
            "(e) MatchScore(mean cosine, mean Dice)"
        };
        System.out.printf("MAP@%d, qrels only (train / dev):%n", ClaimMatching.K);
        for (int r = 0; r < rankings.length; r++) {
            double[] map = new double[2];
            for (int s = 0; s < 2; s++) {
                List<MatchCalibration.Pair> pairs = r == 0 ? today[s] : both[s];
                map[s] = ClaimMatching.map(
                        splits[s], ids, MatchCalibration.reranked(pairs, splits[s].size(), ids.size(), rules.get(r)));
            }
            System.out.printf(Locale.ROOT, "  %-44s %.3f / %.3f%n", rankings[r], map[0], map[1]);
        }

        List<Ranking.Scored> fitted = MatchCalibration.scored(both[0], rules.get(2));
        double suggest = Ranking.bestThreshold(fitted);
        double precise = Ranking.lowestThresholdWithPrecision(fitted, MatchCalibration.MATCH_PRECISION);
        System.out.println("pairs taken as the same claim (precision / recall / F1 among each one's candidates):");
        for (int s = 0; s < 2; s++) {
            List<Ranking.Scored> server = MatchCalibration.scored(today[s], rules.get(0));
            List<Ranking.Scored> max = MatchCalibration.scored(both[s], rules.get(1));
            List<Ranking.Scored> refitted = MatchCalibration.scored(both[s], rules.get(2));
            MatchCalibration.printPrf(names[s], "(a) ≥ SUGGEST", server, MatchScore.SUGGEST);
            MatchCalibration.printPrf(names[s], "(a) ≥ MATCH", server, MatchScore.MATCH);
            MatchCalibration.printPrf(names[s], "(b) ≥ SUGGEST", max, MatchScore.SUGGEST);
            MatchCalibration.printPrf(names[s], "(b) ≥ MATCH", max, MatchScore.MATCH);
            MatchCalibration.printPrf(
                    names[s], String.format(Locale.ROOT, "(c) ≥ %.3f (best F1 on train)", suggest), refitted, suggest);
            MatchCalibration.printPrf(
                    names[s], String.format(Locale.ROOT, "(c) ≥ %.3f (precision rule)", precise), refitted, precise);
            MatchCalibration.printPrf(names[s], "(c) ≥ MATCH", refitted, MatchScore.MATCH);
        }
    }

    /** The candidate as the better of two claims: its vclaim, and its title as if it were a claim of its own. */
    private static double better(MatchCalibration.Pair p) {
        return Math.max(MatchScore.of(p.x()[0], p.x()[1]), MatchScore.of(p.x()[2], p.x()[3]));
    }
}
