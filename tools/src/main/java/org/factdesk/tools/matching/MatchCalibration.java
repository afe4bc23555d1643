package org.factdesk.tools.matching;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.factdesk.service.intake.MatchScore;
import org.factdesk.service.intake.Resemblance;
import org.factdesk.tools.embedding.SentenceEncoder;
import org.factdesk.tools.intake.Ranking;

/**
 * Fits the server's {@link MatchScore} on CheckThat! 2020 task 2 and measures it. Each tweet gets the candidates
 * the server would score: the top {@value #CANDIDATES} by BM25 (English analyzer) over {@code vclaim} alone and
 * the nearest {@value #CANDIDATES} by MiniLM-q cosine to {@code vclaim}, tweet and claim embedded as given. A
 * candidate is positive if it is one of the tweet's verified claims or the same text (see {@link #key}). A
 * logistic regression on the two features (cosine, Dice of {@link Resemblance}), with their product if that earns
 * its place, is fitted on the train pairs only, and the thresholds are read off train: the best F1 for suggesting,
 * and for matching both the lowest threshold with precision {@value #MATCH_PRECISION} over the pairs above and the
 * score {@value #MATCH_PRECISION} itself. It then prints the figures of {@link MatchScore} <em>as hard-coded</em> on
 * train and dev, so a rerun shows whether the class still holds what this fit gives.
 *
 * <p>Usage: {@code MatchCalibration [DATA_DIR]}; embeddings are cached in {@code tools/target/embeddings}.
 */
public final class MatchCalibration {

    /** What {@code SimilarClaims} fetches from each retrieval. */
    static final int CANDIDATES = 20;

    static final double MATCH_PRECISION = 0.95;

    /**
     * One candidate claim for one tweet, with the features a score is made of: {@code x[0]} the cosine and {@code
     * x[1]} the Dice to the claim's {@code vclaim}, then whatever else the caller measured. {@code listed}: the claim
     * is the tweet's in the qrels; {@code label}: it is, or it is the same text as one that is (see {@link #key}).
     */
    record Pair(int tweet, int claim, double[] x, int label, boolean listed) {

        double cosine() {
            return x[0];
        }

        double dice() {
            return x[1];
        }

        /** What the server gives this pair: {@link MatchScore} as hard-coded, not this run's fit. */
        double server() {
            return MatchScore.of(cosine(), dice());
        }
    }

    /** The features of one tweet and one claim, by their positions. */
    interface Features {
        double[] of(int tweet, int claim);
    }

    /** A fitted logistic regression: the intercept first, then one weight per feature. */
    record Logistic(double[] w, double logLikelihood) {

        double score(double... x) {
            double z = w[0];
            for (int i = 0; i < x.length; i++) {
                z += w[i + 1] * x[i];
            }
            return 1 / (1 + Math.exp(-z));
        }

        double aic() {
            return 2 * w.length - 2 * logLikelihood;
        }
    }

    private MatchCalibration() {}

    /** What every calibration command reads: the claims and their ids, the train and dev tweets, the encoder. */
    record Setup(
            List<ClaimMatchingData.VerifiedClaim> claims,
            List<String> ids,
            List<ClaimMatchingData.Query>[] splits,
            String[] names,
            SentenceEncoder encoder) {

        /** From the data folder given as the first argument (default ../shared/data/claim-matching). */
        @SuppressWarnings("unchecked")
        static Setup load(String[] args) throws java.io.IOException {
            Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/claim-matching");
            List<ClaimMatchingData.VerifiedClaim> claims = ClaimMatchingData.claims(dir);
            return new Setup(
                    claims,
                    claims.stream().map(ClaimMatchingData.VerifiedClaim::id).toList(),
                    new List[] {ClaimMatchingData.queries(dir, "train"), ClaimMatchingData.queries(dir, "dev")},
                    new String[] {"train", "dev"},
                    SentenceEncoder.open(SentenceEncoder.Model.MINILM_Q, Path.of("tools/target/embeddings")));
        }
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        Setup setup = Setup.load(args);
        List<ClaimMatchingData.VerifiedClaim> claims = setup.claims();
        List<String> vclaims =
                claims.stream().map(ClaimMatchingData.VerifiedClaim::vclaim).toList();
        List<String> ids = setup.ids();
        List<ClaimMatchingData.Query>[] splits = setup.splits();
        String[] names = setup.names();
        SentenceEncoder encoder = setup.encoder();
        float[][] claimVectors = encoder.encodeDocuments(vclaims);
        float[][][] bm25 = new float[2][][];
        float[][][] cosine = new float[2][][];
        List<Pair>[] pairs = new List[2];
        try (Bm25 index = new Bm25(claims, true, ClaimMatchingData.VerifiedClaim::vclaim)) {
            for (int s = 0; s < 2; s++) {
                List<ClaimMatchingData.Query> queries = splits[s];
                float[][] cos = ClaimMatching.cosines(encoder.encode(texts(queries)), claimVectors);
                bm25[s] = bm25(index, queries);
                cosine[s] = cos;
                pairs[s] = pairs(queries, claims, bm25[s], cos, (q, d) -> new double[] {
                    cos[q][d],
                    Resemblance.of(queries.get(q).text(), claims.get(d).vclaim())
                });
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%d verified claims; candidates per tweet: BM25 top %d over vclaim ∪ MiniLM-q cosine top %d%n",
                claims.size(),
                CANDIDATES,
                CANDIDATES);
        for (int s = 0; s < 2; s++) {
            long listed = pairs[s].stream().filter(Pair::listed).count();
            long positives = pairs[s].stream().filter(p -> p.label() == 1).count();
            int relevant = splits[s].stream().mapToInt(q -> q.relevant().size()).sum();
            System.out.printf(
                    Locale.ROOT,
                    "  %-5s %d tweets, %d pairs: %d positive in the qrels (%.1f %% of their %d), %d more the same"
                            + " text%n",
                    names[s],
                    splits[s].size(),
                    pairs[s].size(),
                    listed,
                    100.0 * listed / relevant,
                    relevant,
                    positives - listed);
        }

        Logistic plain = fit(pairs[0], p -> features(p, false));
        Logistic product = fit(pairs[0], p -> features(p, true));
        System.out.println("logistic regression on the train pairs, p = 1 / (1 + exp(-z)):");
        for (Logistic model : List.of(plain, product)) {
            System.out.printf(
                    Locale.ROOT,
                    "  z = %.4f + %.4f cosine + %.4f dice%s;  log-likelihood %.1f, AIC %.1f%n",
                    model.w()[0],
                    model.w()[1],
                    model.w()[2],
                    model == product ? String.format(Locale.ROOT, " + %.4f cosine·dice", model.w()[3]) : "",
                    model.logLikelihood(),
                    model.aic());
        }
        boolean withProduct = product.aic() < plain.aic() - 2 && monotone(product);
        Logistic chosen = withProduct ? product : plain;
        System.out.printf(
                Locale.ROOT,
                "  with the product: %s on cosine -1..1 × Dice 0..1; the same text (cosine 1, Dice 1) scores %.3f%n",
                monotone(product) ? "monotone" : "NOT monotone",
                product.score(1, 1, 1));
        System.out.println("  chosen (the product only if it lowers AIC by more than 2 and the score stays monotone): "
                + (withProduct ? "with" : "without") + " the product");
        List<Ranking.Scored> fitted = scored(pairs[0], p -> chosen.score(features(p, withProduct)));
        double precisionRule = Ranking.lowestThresholdWithPrecision(fitted, MATCH_PRECISION);
        System.out.printf(
                Locale.ROOT,
                "  on train: best F1 from %.4f (SUGGEST); precision ≥ %.2f over all pairs above it from %.4f%n",
                Ranking.bestThreshold(fitted),
                MATCH_PRECISION,
                precisionRule);
        System.out.printf(
                Locale.ROOT,
                "  MATCH: where the score, read as each pair's own probability, reaches %.2f (stricter than the"
                        + " precision rule; docs/intake.md says why)%n",
                MATCH_PRECISION);
        double drift = pairs[0].stream()
                .mapToDouble(p -> Math.abs(p.server() - chosen.score(features(p, withProduct))))
                .max()
                .orElse(0);
        System.out.printf(
                Locale.ROOT,
                "MatchScore as hard-coded: SUGGEST %.3f, MATCH %.3f; largest difference from this fit on train %.4f%n",
                MatchScore.SUGGEST,
                MatchScore.MATCH,
                drift);

        printCalibration(pairs, names, "MatchScore", Pair::server);
        printPrecisionRecall(pairs, names, precisionRule);
        printMap(splits, ids, pairs, bm25, cosine);
        printFewerCandidates(names, pairs, bm25, cosine);
    }

    /**
     * What a save would link with fewer candidates. A claim being saved is linked to the best candidate whose score
     * reaches MATCH, so it needs only the candidates such a pair can be among. For each tweet: its link among all the
     * candidates above (the top {@value #CANDIDATES} by BM25 and by cosine), and its link among the top k by either.
     */
    static void printFewerCandidates(String[] names, List<Pair>[] pairs, float[][][] bm25, float[][][] cosine) {
        System.out.printf(
                Locale.ROOT,
                "a save's link (the best candidate at MATCH or above) with the top k by BM25 ∪ cosine instead of %d:%n",
                CANDIDATES);
        for (int k : new int[] {5, 10, 15}) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  k = %2d:", k));
            for (int s = 0; s < 2; s++) {
                Map<Integer, Pair> all = new HashMap<>();
                Map<Integer, Pair> fewer = new HashMap<>();
                Map<Integer, Set<Integer>> topK = new HashMap<>();
                for (Pair pair : pairs[s]) {
                    if (pair.server() < MatchScore.MATCH) {
                        continue;
                    }
                    all.merge(pair.tweet(), pair, MatchCalibration::better);
                    float[][] words = bm25[s];
                    float[][] meaning = cosine[s];
                    int most = k;
                    Set<Integer> top = topK.computeIfAbsent(pair.tweet(), q -> topByEither(words[q], meaning[q], most));
                    if (top.contains(pair.claim())) {
                        fewer.merge(pair.tweet(), pair, MatchCalibration::better);
                    }
                }
                long same = all.entrySet().stream()
                        .filter(e -> fewer.containsKey(e.getKey())
                                && fewer.get(e.getKey()).claim() == e.getValue().claim())
                        .count();
                long other = all.keySet().stream()
                        .filter(q -> fewer.containsKey(q)
                                && fewer.get(q).claim() != all.get(q).claim())
                        .count();
                line.append(String.format(
                        Locale.ROOT,
                        "   %s %d links (%d right): %d the same, %d another (%d right), %d none",
                        names[s],
                        all.size(),
                        all.values().stream().filter(p -> p.label() == 1).count(),
                        same,
                        other,
                        fewer.entrySet().stream()
                                .filter(e -> e.getValue().claim()
                                        != all.get(e.getKey()).claim())
                                .filter(e -> e.getValue().label() == 1)
                                .count(),
                        all.size() - same - other));
            }
            System.out.println(line);
        }
    }

    private static Pair better(Pair a, Pair b) {
        return b.server() > a.server() ? b : a;
    }

    /** The claims among the top {@code k} by BM25 (of those it scored) or the top {@code k} by cosine. */
    private static Set<Integer> topByEither(float[] bm25, float[] cosine, int k) {
        Set<Integer> top = new java.util.HashSet<>();
        java.util.stream.IntStream.range(0, bm25.length)
                .filter(d -> bm25[d] > 0)
                .boxed()
                .sorted((a, b) -> Float.compare(bm25[b], bm25[a]))
                .limit(k)
                .forEach(top::add);
        for (int d : ClaimMatching.top(cosine, k)) {
            top.add(d);
        }
        return top;
    }

    /** Whether the score is a probability: in each band of scores, the share of pairs that are the same claim. */
    static void printCalibration(List<Pair>[] pairs, String[] names, String what, ToDoubleFunction<Pair> score) {
        System.out.println(
                "calibration: pairs by " + what + ", their mean score and the share that are the same claim:");
        double[] edges = {0, 0.1, 0.3, 0.5, 0.7, 0.9, MATCH_PRECISION, 1};
        for (int b = 0; b + 1 < edges.length; b++) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %.2f–%.2f", edges[b], edges[b + 1]));
            for (int s = 0; s < 2; s++) {
                double from = edges[b];
                double to = b + 2 == edges.length ? Double.POSITIVE_INFINITY : edges[b + 1];
                List<Pair> bin = pairs[s].stream()
                        .filter(p -> score.applyAsDouble(p) >= from && score.applyAsDouble(p) < to)
                        .toList();
                line.append(String.format(
                        Locale.ROOT,
                        "   %s %5d pairs, mean %.3f, same %.3f",
                        names[s],
                        bin.size(),
                        bin.stream().mapToDouble(score).average().orElse(Double.NaN),
                        bin.stream().mapToInt(Pair::label).average().orElse(Double.NaN)));
            }
            System.out.println(line);
        }
    }

    private static void printPrecisionRecall(List<Pair>[] pairs, String[] names, double precisionRule) {
        System.out.println("pairs taken as the same claim (precision / recall / F1 among the candidates):");
        for (int s = 0; s < 2; s++) {
            List<Ranking.Scored> server = scored(pairs[s], Pair::server);
            List<Ranking.Scored> words = scored(pairs[s], Pair::dice);
            printPrf(names[s], "MatchScore ≥ SUGGEST", server, MatchScore.SUGGEST);
            printPrf(names[s], "MatchScore ≥ MATCH", server, MatchScore.MATCH);
            printPrf(
                    names[s],
                    String.format(Locale.ROOT, "MatchScore ≥ %.3f (precision rule)", precisionRule),
                    server,
                    precisionRule);
            printPrf(names[s], "Dice ≥ 0.35 (today's suggest)", words, 0.35);
            printPrf(names[s], "Dice ≥ 0.80 (today's match)", words, 0.80);
        }
        System.out.println("  the same with only the claim the qrels name as positive (its same-text twin a miss):");
        for (int s = 0; s < 2; s++) {
            List<Ranking.Scored> server = pairs[s].stream()
                    .map(p -> new Ranking.Scored(p.server(), p.listed() ? 1 : 0, null))
                    .toList();
            printPrf(names[s], "MatchScore ≥ SUGGEST", server, MatchScore.SUGGEST);
            printPrf(names[s], "MatchScore ≥ MATCH", server, MatchScore.MATCH);
        }
    }

    /**
     * The server's ranking (its candidates by {@link MatchScore}) beside the same candidates by Dice alone (how the
     * server ranks today) and each retrieval alone over all claims.
     */
    private static void printMap(
            List<ClaimMatchingData.Query>[] splits,
            List<String> ids,
            List<Pair>[] pairs,
            float[][][] bm25,
            float[][][] cosine) {
        System.out.printf("MAP@%d as the lab scores it, qrels only (train / dev):%n", ClaimMatching.K);
        double[][] map = new double[4][2];
        for (int s = 0; s < 2; s++) {
            map[0][s] =
                    ClaimMatching.map(splits[s], ids, reranked(pairs[s], splits[s].size(), ids.size(), Pair::server));
            map[1][s] = ClaimMatching.map(splits[s], ids, reranked(pairs[s], splits[s].size(), ids.size(), Pair::dice));
            map[2][s] = ClaimMatching.map(splits[s], ids, bm25[s]);
            map[3][s] = ClaimMatching.map(splits[s], ids, cosine[s]);
        }
        String[] rankings = {
            "server: the candidates by MatchScore",
            "the same candidates by Dice alone",
            "BM25 alone (English analyzer, vclaim)",
            "MiniLM-q cosine alone (vclaim)"
        };
        for (int r = 0; r < rankings.length; r++) {
            System.out.printf(Locale.ROOT, "  %-40s %.3f / %.3f%n", rankings[r], map[r][0], map[r][1]);
        }
    }

    /**
     * The collection holds 184 fact-checks twice, once quoting with double and once with single quotes (ids 2 and
     * 867, 3 and 874, …), and the qrels name one of the two: the other is the same claim, and counting it as a
     * miss would put a false positive at the very top of every ranking. So two claims are one when their {@code
     * vclaim}s are equal in lower case with every run of other characters than letters and digits as one space.
     */
    private static String key(String vclaim) {
        return vclaim.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }

    /** Each tweet's BM25 scores of its top {@value #CANDIDATES} claims, 0 for every other claim. */
    static float[][] bm25(Bm25 index, List<ClaimMatchingData.Query> queries) {
        return bm25(index, queries, ClaimMatchingData.Query::text);
    }

    /** As {@link #bm25(Bm25, List)} with each tweet sent to the index as {@code query} makes it. */
    static float[][] bm25(
            Bm25 index, List<ClaimMatchingData.Query> queries, Function<ClaimMatchingData.Query, String> query) {
        float[][] out = new float[queries.size()][];
        for (int q = 0; q < out.length; q++) {
            out[q] = index.scores(query.apply(queries.get(q)), CANDIDATES);
        }
        return out;
    }

    static List<String> texts(List<ClaimMatchingData.Query> queries) {
        return queries.stream().map(ClaimMatchingData.Query::text).toList();
    }

    /**
     * Every tweet's candidates, in claim order, with their features and labels: the claims {@code bm25} scores above
     * 0 and the {@value #CANDIDATES} nearest by {@code cosine}.
     */
    static List<Pair> pairs(
            List<ClaimMatchingData.Query> queries,
            List<ClaimMatchingData.VerifiedClaim> claims,
            float[][] bm25,
            float[][] cosine,
            Features features) {
        Map<String, String> keys = new HashMap<>();
        for (ClaimMatchingData.VerifiedClaim c : claims) {
            keys.put(c.id(), key(c.vclaim()));
        }
        List<Pair> out = new ArrayList<>();
        for (int q = 0; q < queries.size(); q++) {
            TreeSet<Integer> candidates = new TreeSet<>();
            for (int d = 0; d < bm25[q].length; d++) {
                if (bm25[q][d] > 0) {
                    candidates.add(d);
                }
            }
            for (int d : ClaimMatching.top(cosine[q], CANDIDATES)) {
                candidates.add(d);
            }
            ClaimMatchingData.Query query = queries.get(q);
            Set<String> same = query.relevant().stream().map(keys::get).collect(Collectors.toSet());
            for (int d : candidates) {
                ClaimMatchingData.VerifiedClaim claim = claims.get(d);
                out.add(new Pair(
                        q,
                        d,
                        features.of(q, d),
                        same.contains(keys.get(claim.id())) ? 1 : 0,
                        query.relevant().contains(claim.id())));
            }
        }
        return out;
    }

    /**
     * Maximum likelihood by Newton's method: a handful of weights need no learning rate, epochs or shuffling, and
     * the result is the same on every run.
     */
    static Logistic fit(List<Pair> pairs, Function<Pair, double[]> features) {
        int k = features.apply(pairs.get(0)).length + 1;
        double[] w = new double[k];
        double logLikelihood = 0;
        for (int iteration = 0; iteration < 100; iteration++) {
            double[] gradient = new double[k];
            double[][] hessian = new double[k][k];
            logLikelihood = 0;
            for (Pair pair : pairs) {
                double[] x = new double[k];
                x[0] = 1;
                System.arraycopy(features.apply(pair), 0, x, 1, k - 1);
                double z = 0;
                for (int i = 0; i < k; i++) {
                    z += w[i] * x[i];
                }
                double p = 1 / (1 + Math.exp(-z));
                logLikelihood += pair.label() == 1 ? Math.log(p) : Math.log1p(-p);
                for (int i = 0; i < k; i++) {
                    gradient[i] += (p - pair.label()) * x[i];
                    for (int j = 0; j < k; j++) {
                        hessian[i][j] += p * (1 - p) * x[i] * x[j];
                    }
                }
            }
            double[] step = solve(hessian, gradient);
            double size = 0;
            for (int i = 0; i < k; i++) {
                w[i] -= step[i];
                size = Math.max(size, Math.abs(step[i]));
            }
            if (size < 1e-10) {
                break;
            }
        }
        return new Logistic(w, logLikelihood);
    }

    private static double[] features(Pair pair, boolean product) {
        return product
                ? new double[] {pair.cosine(), pair.dice(), pair.cosine() * pair.dice()}
                : new double[] {pair.cosine(), pair.dice()};
    }

    /**
     * Whether the score with the product never falls as either feature rises, for cosines from -1 to 1 and Dice from
     * 0 to 1: each partial derivative of z is linear in the other feature, so its ends decide.
     */
    private static boolean monotone(Logistic product) {
        double[] w = product.w();
        return w[1] >= 0 && w[1] + w[3] >= 0 && w[2] - w[3] >= 0 && w[2] + w[3] >= 0;
    }

    /** {@code a x = b} by Gaussian elimination with partial pivoting ({@code a} is small and positive definite). */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = Arrays.copyOf(a[i], n + 1);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(m[row][col]) > Math.abs(m[pivot][col])) {
                    pivot = row;
                }
            }
            double[] t = m[col];
            m[col] = m[pivot];
            m[pivot] = t;
            for (int row = col + 1; row < n; row++) {
                double f = m[row][col] / m[col][col];
                for (int c = col; c <= n; c++) {
                    m[row][c] -= f * m[col][c];
                }
            }
        }
        double[] x = new double[n];
        for (int row = n - 1; row >= 0; row--) {
            double s = m[row][n];
            for (int c = row + 1; c < n; c++) {
                s -= m[row][c] * x[c];
            }
            x[row] = s / m[row][row];
        }
        return x;
    }

    static List<Ranking.Scored> scored(List<Pair> pairs, ToDoubleFunction<Pair> score) {
        return pairs.stream()
                .map(p -> new Ranking.Scored(score.applyAsDouble(p), p.label(), null))
                .toList();
    }

    /** Each tweet's scores over all claims: its candidates' by {@code score}, every other claim below them. */
    static float[][] reranked(List<Pair> pairs, int tweets, int claims, ToDoubleFunction<Pair> score) {
        float[][] out = new float[tweets][claims];
        for (float[] row : out) {
            Arrays.fill(row, -1);
        }
        for (Pair p : pairs) {
            out[p.tweet()][p.claim()] = (float) score.applyAsDouble(p);
        }
        return out;
    }

    static void printPrf(String split, String rule, List<Ranking.Scored> scored, double threshold) {
        Ranking.Prf prf = Ranking.at(scored, threshold);
        System.out.printf(
                Locale.ROOT,
                "  %-5s %-36s P %.3f  R %.3f  F1 %.3f%n",
                split,
                rule,
                prf.precision(),
                prf.recall(),
                prf.f1());
    }
}
