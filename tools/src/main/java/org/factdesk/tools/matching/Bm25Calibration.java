package org.factdesk.tools.matching;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.factdesk.service.intake.MatchScore;
import org.factdesk.service.intake.Resemblance;
import org.factdesk.tools.embedding.SentenceEncoder;
import org.factdesk.tools.intake.Ranking;

/**
 * What the BM25 score the index already returns would add to {@link MatchScore} as a third feature: {@code bm25n},
 * a candidate's BM25 score (English analyzer, over {@code vclaim} alone, as the server indexes a claim's statement)
 * divided by the best BM25 score among the tweet's candidates, 0 for a candidate the nearest {@value
 * MatchCalibration#CANDIDATES} by MiniLM-q cosine brought that is not in the BM25 top {@value
 * MatchCalibration#CANDIDATES}. The candidates are {@link MatchCalibration}'s, with the tweet sent to the index in
 * two forms: as given (MatchCalibration's candidates exactly) and as {@code SimilarClaims} sends it, its {@link
 * Resemblance#terms} joined by spaces. For each form a logistic regression on (cosine, Dice, bm25n) is fitted on the
 * train pairs beside the one on (cosine, Dice), and both are set beside {@link MatchScore} as hard-coded: MAP@5,
 * calibration, and precision and recall at the thresholds read off train (best F1, the lowest threshold with
 * precision {@value MatchCalibration#MATCH_PRECISION} over the pairs above, and {@value
 * MatchCalibration#MATCH_PRECISION} itself).
 *
 * <p>Usage: {@code Bm25Calibration [DATA_DIR]}; embeddings are cached in {@code tools/target/embeddings}.
 */
public final class Bm25Calibration {

    /** As {@code SimilarClaims.MAX_QUERY_TERMS}: the terms sent to the index. */
    private static final int MAX_QUERY_TERMS = 64;

    private Bm25Calibration() {}

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        MatchCalibration.Setup setup = MatchCalibration.Setup.load(args);
        List<ClaimMatchingData.VerifiedClaim> claims = setup.claims();
        List<String> ids = setup.ids();
        List<ClaimMatchingData.Query>[] splits = setup.splits();
        String[] names = setup.names();
        String[] forms = {"(a) the tweet as given", "(t) the tweet's Resemblance.terms"};
        List<Function<ClaimMatchingData.Query, String>> queryOf = List.of(
                ClaimMatchingData.Query::text,
                q -> String.join(
                        " ",
                        Resemblance.terms(q.text()).stream()
                                .limit(MAX_QUERY_TERMS)
                                .toList()));

        SentenceEncoder encoder = setup.encoder();
        float[][] claimVectors = encoder.encodeDocuments(
                claims.stream().map(ClaimMatchingData.VerifiedClaim::vclaim).toList());
        List<MatchCalibration.Pair>[][] pairs = new List[forms.length][2];
        try (Bm25 index = new Bm25(claims, true, ClaimMatchingData.VerifiedClaim::vclaim)) {
            for (int s = 0; s < 2; s++) {
                List<ClaimMatchingData.Query> queries = splits[s];
                float[][] cos = ClaimMatching.cosines(encoder.encode(MatchCalibration.texts(queries)), claimVectors);
                for (int f = 0; f < forms.length; f++) {
                    float[][] bm25 = MatchCalibration.bm25(index, queries, queryOf.get(f));
                    float[][] bm25n = shares(bm25);
                    pairs[f][s] = MatchCalibration.pairs(queries, claims, bm25, cos, (q, d) -> new double[] {
                        cos[q][d],
                        Resemblance.of(queries.get(q).text(), claims.get(d).vclaim()),
                        bm25n[q][d]
                    });
                }
            }
        }
        System.out.printf(
                Locale.ROOT,
                "candidates per tweet: BM25 top %d over vclaim (English analyzer) ∪ MiniLM-q cosine top %d; bm25n ="
                        + " BM25 ÷ the tweet's best BM25, 0 outside the BM25 top %1$d%n",
                MatchCalibration.CANDIDATES,
                MatchCalibration.CANDIDATES);
        for (int f = 0; f < forms.length; f++) {
            for (int s = 0; s < 2; s++) {
                int relevant =
                        splits[s].stream().mapToInt(q -> q.relevant().size()).sum();
                System.out.printf(
                        Locale.ROOT,
                        "  %-36s %-5s %d pairs holding %.1f %% of the qrels%n",
                        forms[f],
                        names[s],
                        pairs[f][s].size(),
                        100.0
                                * pairs[f][s].stream()
                                        .filter(MatchCalibration.Pair::listed)
                                        .count()
                                / relevant);
            }
        }

        MatchCalibration.Logistic[] two = new MatchCalibration.Logistic[forms.length];
        MatchCalibration.Logistic[] three = new MatchCalibration.Logistic[forms.length];
        System.out.println("logistic regressions on the train pairs, p = 1 / (1 + exp(-z)):");
        for (int f = 0; f < forms.length; f++) {
            two[f] = MatchCalibration.fit(pairs[f][0], p -> new double[] {p.cosine(), p.dice()});
            three[f] = MatchCalibration.fit(pairs[f][0], MatchCalibration.Pair::x);
            double[] w2 = two[f].w();
            double[] w3 = three[f].w();
            System.out.printf(
                    Locale.ROOT,
                    "  %s%n    z = %.4f + %.4f cosine + %.4f dice;  log-likelihood %.1f, AIC %.1f%n"
                            + "    z = %.4f + %.4f cosine + %.4f dice + %.4f bm25n;  log-likelihood %.1f, AIC %.1f"
                            + " (%+.1f)%n",
                    forms[f],
                    w2[0],
                    w2[1],
                    w2[2],
                    two[f].logLikelihood(),
                    two[f].aic(),
                    w3[0],
                    w3[1],
                    w3[2],
                    w3[3],
                    three[f].logLikelihood(),
                    three[f].aic(),
                    three[f].aic() - two[f].aic());
        }

        System.out.printf("MAP@%d, qrels only (train / dev):%n", ClaimMatching.K);
        for (int f = 0; f < forms.length; f++) {
            MatchCalibration.Logistic twoF = two[f];
            MatchCalibration.Logistic threeF = three[f];
            List<ToDoubleFunction<MatchCalibration.Pair>> rules = List.of(
                    MatchCalibration.Pair::server, p -> twoF.score(p.cosine(), p.dice()), p -> threeF.score(p.x()));
            String[] rankings = {"MatchScore as hard-coded", "refitted on cosine, Dice", "refitted with bm25n"};
            for (int r = 0; r < rules.size(); r++) {
                double[] map = new double[2];
                for (int s = 0; s < 2; s++) {
                    map[s] = ClaimMatching.map(
                            splits[s],
                            ids,
                            MatchCalibration.reranked(pairs[f][s], splits[s].size(), ids.size(), rules.get(r)));
                }
                System.out.printf(Locale.ROOT, "  %-36s %-26s %.3f / %.3f%n", forms[f], rankings[r], map[0], map[1]);
            }
        }

        for (int f = 0; f < forms.length; f++) {
            MatchCalibration.Logistic threeF = three[f];
            ToDoubleFunction<MatchCalibration.Pair> score = p -> threeF.score(p.x());
            List<Ranking.Scored> fitted = MatchCalibration.scored(pairs[f][0], score);
            double suggest = Ranking.bestThreshold(fitted);
            double precise = Ranking.lowestThresholdWithPrecision(fitted, MatchCalibration.MATCH_PRECISION);
            System.out.printf(
                    Locale.ROOT,
                    "%s, refitted with bm25n: best F1 on train from %.4f; precision ≥ %.2f over all pairs above from"
                            + " %.4f%n",
                    forms[f],
                    suggest,
                    MatchCalibration.MATCH_PRECISION,
                    precise);
            MatchCalibration.printCalibration(pairs[f], names, "the refit with bm25n", score);
            System.out.println("pairs taken as the same claim (precision / recall / F1 among the candidates):");
            for (int s = 0; s < 2; s++) {
                List<Ranking.Scored> server = MatchCalibration.scored(pairs[f][s], MatchCalibration.Pair::server);
                List<Ranking.Scored> refitted = MatchCalibration.scored(pairs[f][s], score);
                MatchCalibration.printPrf(names[s], "MatchScore ≥ SUGGEST", server, MatchScore.SUGGEST);
                MatchCalibration.printPrf(names[s], "MatchScore ≥ MATCH", server, MatchScore.MATCH);
                MatchCalibration.printPrf(
                        names[s],
                        String.format(Locale.ROOT, "with bm25n ≥ %.3f (best F1)", suggest),
                        refitted,
                        suggest);
                MatchCalibration.printPrf(
                        names[s],
                        String.format(Locale.ROOT, "with bm25n ≥ %.3f (precision rule)", precise),
                        refitted,
                        precise);
                MatchCalibration.printPrf(
                        names[s],
                        String.format(Locale.ROOT, "with bm25n ≥ %.2f", MatchCalibration.MATCH_PRECISION),
                        refitted,
                        MatchCalibration.MATCH_PRECISION);
            }
        }
    }

    /** Each tweet's BM25 scores over its best one: 1 for the top claim, 0 outside the top. */
    private static float[][] shares(float[][] bm25) {
        float[][] out = new float[bm25.length][];
        for (int q = 0; q < bm25.length; q++) {
            float best = 0;
            for (float score : bm25[q]) {
                best = Math.max(best, score);
            }
            out[q] = new float[bm25[q].length];
            for (int d = 0; d < out[q].length; d++) {
                out[q][d] = best > 0 ? bm25[q][d] / best : 0;
            }
        }
        return out;
    }
}
