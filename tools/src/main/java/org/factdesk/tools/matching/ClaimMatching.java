package org.factdesk.tools.matching;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.factdesk.tools.embedding.SentenceEncoder;

/**
 * MAP@5 of claim matching on CheckThat! 2020 task 2 (train and dev splits), by BM25, by embedding cosine
 * and by both, so {@code docs/intake.md} can be reproduced. Every free choice (tweet cleaning, which
 * fields to embed, the hybrid weight) is made on the train split only; dev is reported, never tuned on.
 * Usage: {@code ClaimMatching DATA_DIR [MODEL...]} (models: minilm, minilm-q, e5-q; default minilm e5-q).
 * Embeddings are cached in {@code tools/target/embeddings}.
 */
public final class ClaimMatching {

    static final int K = 5;
    private static final int BM25_DEPTH = 200;

    private ClaimMatching() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/claim-matching");
        List<SentenceEncoder.Model> models = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            models.add(SentenceEncoder.Model.named(args[i]));
        }
        if (models.isEmpty()) {
            models = List.of(SentenceEncoder.Model.MINILM, SentenceEncoder.Model.E5_Q);
        }
        List<ClaimMatchingData.VerifiedClaim> claims = ClaimMatchingData.claims(dir);
        List<ClaimMatchingData.Query> train = ClaimMatchingData.queries(dir, "train");
        List<ClaimMatchingData.Query> dev = ClaimMatchingData.queries(dir, "dev");
        System.out.printf(
                "%d verified claims, %d train tweets, %d dev tweets; MAP@%d (train / dev)%n",
                claims.size(), train.size(), dev.size(), K);
        List<String> ids =
                claims.stream().map(ClaimMatchingData.VerifiedClaim::id).toList();

        List<ClaimMatchingData.Query>[] splits = splits(train, dev);
        List<String> forms = List.of("as given", "links removed", "cleaned", "or any of its sentences (max)");
        long t0 = System.nanoTime();
        try (Bm25 index = new Bm25(claims, false)) {
            report("BM25 standard analyzer, tweet as given", splits, ids, bm25(index, splits, 0));
        }
        float[][][] bm25 = null;
        String bm25Name = null;
        try (Bm25 index = new Bm25(claims, true)) {
            for (int form = 0; form < 3; form++) {
                float[][][] scores = bm25(index, splits, form);
                String name = "BM25 English analyzer, tweet " + forms.get(form);
                report(name, splits, ids, scores);
                if (bm25 == null || map(splits, ids, scores, 0) > map(splits, ids, bm25, 0)) {
                    bm25 = scores;
                    bm25Name = name;
                }
            }
        }
        System.out.printf("BM25: %.1f s; best on train: %s%n", seconds(t0), bm25Name);
        report("  chosen: " + bm25Name, splits, ids, bm25);

        Path cache = Path.of("tools/target/embeddings");
        List<float[][][]> fusion = new ArrayList<>();
        fusion.add(normalised(bm25));
        List<String> fusionNames = new ArrayList<>(List.of("BM25"));
        for (SentenceEncoder.Model model : models) {
            long t1 = System.nanoTime();
            SentenceEncoder encoder = SentenceEncoder.open(model, cache);
            float[][] vclaims = encoder.encodeDocuments(
                    claims.stream().map(ClaimMatchingData.VerifiedClaim::vclaim).toList());
            float[][] titles = encoder.encodeDocuments(
                    claims.stream().map(ClaimMatchingData.VerifiedClaim::title).toList());
            float[][] both = encoder.encodeDocuments(
                    claims.stream().map(c -> c.title() + ". " + c.vclaim()).toList());
            String m = model.label();
            float[][][] cos = null;
            String cosName = null;
            for (int form = 0; form < forms.size(); form++) {
                float[][][] cosV = new float[2][][];
                float[][][] cosT = new float[2][][];
                float[][][] cosB = new float[2][][];
                for (int s = 0; s < 2; s++) {
                    if (form == 3) {
                        cosV[s] = pieceCosines(encoder, splits[s], vclaims);
                        cosT[s] = pieceCosines(encoder, splits[s], titles);
                        cosB[s] = pieceCosines(encoder, splits[s], both);
                        continue;
                    }
                    float[][] tweets = encoder.encode(tweets(splits[s], form));
                    cosV[s] = cosines(tweets, vclaims);
                    cosT[s] = cosines(tweets, titles);
                    cosB[s] = cosines(tweets, both);
                }
                String f = ", tweet " + forms.get(form);
                float[][][] cosMax = new float[][][] {max(cosV[0], cosT[0], 1), max(cosV[1], cosT[1], 1)};
                float[][][] cosMean = new float[][][] {max(cosV[0], cosT[0], 0.5), max(cosV[1], cosT[1], 0.5)};
                List<float[][][]> variants = List.of(cosV, cosT, cosMax, cosMean, cosB);
                List<String> names = List.of(
                        "cosine to vclaim",
                        "cosine to title",
                        "max(vclaim, title)",
                        "mean(vclaim, title)",
                        "cosine to \"title. vclaim\"");
                if (form == 0) {
                    fusion.add(cosV);
                    fusion.add(cosT);
                    fusionNames.add(model.name().toLowerCase(Locale.ROOT) + " vclaim");
                    fusionNames.add(model.name().toLowerCase(Locale.ROOT) + " title");
                }
                for (int v = 0; v < variants.size(); v++) {
                    report(m + ": " + names.get(v) + f, splits, ids, variants.get(v));
                    if (cos == null || map(splits, ids, variants.get(v), 0) > map(splits, ids, cos, 0)) {
                        cos = variants.get(v);
                        cosName = names.get(v) + f;
                    }
                }
            }
            System.out.printf("%s: embeddings and cosines %.1f s; best on train: %s%n", m, seconds(t1), cosName);
            report("  chosen: " + m + ": " + cosName, splits, ids, cos);
            hybrid(m, splits, ids, bm25, cos);
            rrf(m, splits, ids, bm25, cos);
        }
        if (fusion.size() > 2) {
            fuse(splits, ids, fusion, fusionNames, "");
            List<float[][][]> standardised = new ArrayList<>();
            standardised.add(fusion.get(0));
            for (int f = 1; f < fusion.size(); f++) {
                standardised.add(standardised(fusion.get(f)));
            }
            fuse(splits, ids, standardised, fusionNames, ", cosines standardised per tweet");
        }
        summary();
    }

    /**
     * Weighted sum of BM25 (over its best score) and every model's cosines to vclaim and to title (tweet
     * as given), the weights found by coordinate ascent on train MAP@5 (three passes, each weight 0 to 3
     * in steps of 0.1), then applied to dev.
     */
    private static void fuse(
            List<ClaimMatchingData.Query>[] splits,
            List<String> ids,
            List<float[][][]> features,
            List<String> names,
            String note) {
        long t0 = System.nanoTime();
        double[] w = new double[features.size()];
        Arrays.fill(w, 1);
        double best = map(splits[0], ids, weighted(features, w, 0));
        for (int pass = 0; pass < 3; pass++) {
            for (int f = 0; f < w.length; f++) {
                double keep = w[f];
                for (int step = 0; step <= 30; step++) {
                    w[f] = step / 10.0;
                    double train = map(splits[0], ids, weighted(features, w, 0));
                    if (train > best + 1e-9) {
                        best = train;
                        keep = w[f];
                    }
                }
                w[f] = keep;
            }
        }
        double dev = map(splits[1], ids, weighted(features, w, 1));
        StringBuilder weights = new StringBuilder();
        for (int f = 0; f < w.length; f++) {
            weights.append(f == 0 ? "" : ", ").append(names.get(f)).append(' ').append(w[f]);
        }
        line("learned fusion" + note, best, dev);
        System.out.printf("  weights (train): %s; %.0f s%n", weights, seconds(t0));
    }

    private static float[][] weighted(List<float[][][]> features, double[] w, int split) {
        float[][] first = features.get(0)[split];
        float[][] out = new float[first.length][first[0].length];
        for (int f = 0; f < w.length; f++) {
            if (w[f] == 0) {
                continue;
            }
            float[][] x = features.get(f)[split];
            float wf = (float) w[f];
            for (int q = 0; q < out.length; q++) {
                for (int d = 0; d < out[q].length; d++) {
                    out[q][d] += wf * x[q][d];
                }
            }
        }
        return out;
    }

    private static float[][][] normalised(float[][][] bm25) {
        float[][][] out = new float[2][][];
        for (int s = 0; s < 2; s++) {
            out[s] = combined(bm25[s], bm25[s], 1);
        }
        return out;
    }

    /** Each tweet's cosines as z-scores over all claims, so one weight means the same for every tweet. */
    private static float[][][] standardised(float[][][] cos) {
        float[][][] out = new float[2][][];
        for (int s = 0; s < 2; s++) {
            out[s] = new float[cos[s].length][];
            for (int q = 0; q < cos[s].length; q++) {
                float[] x = cos[s][q];
                double mean = 0;
                double sq = 0;
                for (float v : x) {
                    mean += v;
                    sq += v * v;
                }
                mean /= x.length;
                double sd = Math.sqrt(Math.max(1e-12, sq / x.length - mean * mean));
                out[s][q] = new float[x.length];
                for (int d = 0; d < x.length; d++) {
                    out[s][q][d] = (float) ((x[d] - mean) / sd / 10);
                }
            }
        }
        return out;
    }

    private static List<String> tweets(List<ClaimMatchingData.Query> queries, int form) {
        return queries.stream()
                .map(q -> switch (form) {
                    case 0 -> q.text();
                    case 1 -> TweetText.withoutLinks(q.text());
                    default -> TweetText.clean(q.text());
                })
                .toList();
    }

    /**
     * Each tweet (links removed) and each of its sentences of three words or more embedded on its own; a
     * claim's score is its best cosine to any of them, for tweets that carry the claim in one sentence.
     */
    private static float[][] pieceCosines(
            SentenceEncoder encoder, List<ClaimMatchingData.Query> queries, float[][] docs) throws java.io.IOException {
        List<String> texts = tweets(queries, 1);
        List<String> pieces = new ArrayList<>();
        int[] first = new int[texts.size() + 1];
        for (int q = 0; q < texts.size(); q++) {
            first[q] = pieces.size();
            pieces.add(texts.get(q));
            for (String sentence : TweetText.sentences(texts.get(q))) {
                pieces.add(sentence);
            }
        }
        first[texts.size()] = pieces.size();
        float[][] cos = cosines(encoder.encode(pieces), docs);
        float[][] out = new float[texts.size()][];
        for (int q = 0; q < texts.size(); q++) {
            out[q] = cos[first[q]];
            for (int p = first[q] + 1; p < first[q + 1]; p++) {
                out[q] = max(new float[][] {out[q]}, new float[][] {cos[p]}, 1)[0];
            }
        }
        return out;
    }

    private static void hybrid(
            String model, List<ClaimMatchingData.Query>[] splits, List<String> ids, float[][][] bm25, float[][][] cos) {
        hybrid(model + ": hybrid", splits, ids, bm25, cos, " (train)");
        hybrid(model + ": hybrid", splits, ids, bm25, standardised(cos), ", cosine standardised per tweet (train)");
    }

    /** Normalised sum {@code w * bm25 / max bm25 + (1 - w) * cosine}, w picked on train. */
    private static void hybrid(
            String model,
            List<ClaimMatchingData.Query>[] splits,
            List<String> ids,
            float[][][] bm25,
            float[][][] cos,
            String note) {
        double bestW = 0;
        double best = -1;
        for (int step = 0; step <= 20; step++) {
            double w = step / 20.0;
            double train = map(splits[0], ids, combined(bm25[0], cos[0], w));
            if (train > best) {
                best = train;
                bestW = w;
            }
        }
        double dev = map(splits[1], ids, combined(bm25[1], cos[1], bestW));
        line(model + ", BM25 weight " + bestW + note, best, dev);
    }

    /** Reciprocal-rank fusion {@code 1/(60 + rank)} summed over the two rankings; nothing to tune. */
    private static void rrf(
            String model, List<ClaimMatchingData.Query>[] splits, List<String> ids, float[][][] bm25, float[][][] cos) {
        double[] r = new double[2];
        for (int s = 0; s < 2; s++) {
            float[][] fused = new float[bm25[s].length][];
            for (int q = 0; q < fused.length; q++) {
                fused[q] = new float[ids.size()];
                addReciprocalRanks(fused[q], bm25[s][q]);
                addReciprocalRanks(fused[q], cos[s][q]);
            }
            r[s] = map(splits[s], ids, fused);
        }
        line(model + ": reciprocal-rank fusion", r[0], r[1]);
    }

    private static void addReciprocalRanks(float[] into, float[] scores) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Float.compare(scores[b], scores[a]));
        for (int rank = 0; rank < 100 && scores[order[rank]] > 0; rank++) {
            into[order[rank]] += 1f / (60 + rank + 1);
        }
    }

    private static float[][] combined(float[][] bm25, float[][] cos, double w) {
        float[][] out = new float[bm25.length][];
        for (int q = 0; q < bm25.length; q++) {
            float top = 0;
            for (float f : bm25[q]) {
                top = Math.max(top, f);
            }
            out[q] = new float[bm25[q].length];
            for (int d = 0; d < out[q].length; d++) {
                out[q][d] = (float) (w * (top > 0 ? bm25[q][d] / top : 0) + (1 - w) * cos[q][d]);
            }
        }
        return out;
    }

    private static float[][][] bm25(Bm25 index, List<ClaimMatchingData.Query>[] splits, int form) {
        float[][][] out = new float[2][][];
        for (int s = 0; s < 2; s++) {
            List<String> texts = tweets(splits[s], form);
            out[s] = new float[texts.size()][];
            for (int q = 0; q < texts.size(); q++) {
                out[s][q] = index.scores(texts.get(q), BM25_DEPTH);
            }
        }
        return out;
    }

    static float[][] cosines(float[][] queries, float[][] docs) {
        float[][] out = new float[queries.length][docs.length];
        for (int q = 0; q < queries.length; q++) {
            for (int d = 0; d < docs.length; d++) {
                out[q][d] = (float) SentenceEncoder.dot(queries[q], docs[d]);
            }
        }
        return out;
    }

    /** {@code mix == 1}: element-wise max; otherwise the mean. */
    static float[][] max(float[][] a, float[][] b, double mix) {
        float[][] out = new float[a.length][];
        for (int q = 0; q < a.length; q++) {
            out[q] = new float[a[q].length];
            for (int d = 0; d < out[q].length; d++) {
                out[q][d] = mix == 1 ? Math.max(a[q][d], b[q][d]) : (a[q][d] + b[q][d]) / 2;
            }
        }
        return out;
    }

    private static void report(
            String what, List<ClaimMatchingData.Query>[] splits, List<String> ids, float[][][] scores) {
        line(what, map(splits[0], ids, scores[0]), map(splits[1], ids, scores[1]));
    }

    private record Result(String what, double train, double dev) {}

    private static final List<Result> RESULTS = new ArrayList<>();

    private static void line(String what, double train, double dev) {
        System.out.printf(Locale.ROOT, "%-58s %.3f / %.3f%n", what, train, dev);
        if (!what.startsWith(" ")) {
            RESULTS.add(new Result(what, train, dev));
        }
    }

    /** For each kind of ranking, the variant best on train, and what it gives on dev. */
    private static void summary() {
        System.out.println("chosen on train (MAP@5 train / dev):");
        for (String kind : List.of("BM25", "embeddings", "hybrid")) {
            RESULTS.stream()
                    .filter(r -> kind.equals(kind(r.what())))
                    .max(java.util.Comparator.comparingDouble(Result::train))
                    .ifPresent(r -> System.out.printf(
                            Locale.ROOT, "  %-10s %.3f / %.3f  %s%n", kind, r.train(), r.dev(), r.what()));
        }
    }

    private static String kind(String what) {
        if (what.startsWith("BM25")) {
            return "BM25";
        }
        return what.contains("hybrid") || what.contains("fusion") ? "hybrid" : "embeddings";
    }

    private static double map(List<ClaimMatchingData.Query>[] splits, List<String> ids, float[][][] scores, int s) {
        return map(splits[s], ids, scores[s]);
    }

    /** CheckThat! 2020 MAP@5: precision at each relevant claim in the top 5, summed, over the relevant count. */
    static double map(List<ClaimMatchingData.Query> queries, List<String> ids, float[][] scores) {
        double sum = 0;
        for (int q = 0; q < queries.size(); q++) {
            int[] top = top(scores[q], K);
            int found = 0;
            double precisions = 0;
            for (int r = 0; r < top.length; r++) {
                if (queries.get(q).relevant().contains(ids.get(top[r]))) {
                    found++;
                    precisions += found / (double) (r + 1);
                }
            }
            sum += precisions / queries.get(q).relevant().size();
        }
        return sum / queries.size();
    }

    /** Positions of the {@code k} highest scores, best first (earlier position first on ties). */
    static int[] top(float[] scores, int k) {
        int[] best = new int[k];
        Arrays.fill(best, -1);
        for (int d = 0; d < scores.length; d++) {
            int pos = k;
            while (pos > 0 && (best[pos - 1] < 0 || scores[d] > scores[best[pos - 1]])) {
                pos--;
            }
            if (pos < k) {
                System.arraycopy(best, pos, best, pos + 1, k - pos - 1);
                best[pos] = d;
            }
        }
        return best;
    }

    @SuppressWarnings("unchecked")
    private static List<ClaimMatchingData.Query>[] splits(
            List<ClaimMatchingData.Query> train, List<ClaimMatchingData.Query> dev) {
        return new List[] {train, dev};
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
