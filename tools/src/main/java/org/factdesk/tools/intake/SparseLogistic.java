package org.factdesk.tools.intake;

import java.util.List;
import java.util.Random;

/**
 * Logistic regression over hashed n-grams plus an optional dense vector (a sentence embedding), trained
 * like the service's {@code LogisticRegression} (shuffled SGD, AdaGrad step sizes, L2 shrinkage). The
 * dense part gets its own weights after the hash buckets, so it never collides with an n-gram; the
 * service's {@code EmbeddedCheckWorthinessModel} reads its weights in that layout.
 */
final class SparseLogistic {

    /** Sparse n-gram buckets (value 1 each, from {@code Ngrams}) and the dense features (may be empty). */
    record Example(int[] buckets, float[] dense, int label) {}

    /** What inner cross-validation chooses among. */
    record Setting(int epochs, double rate, double l2) {
        @Override
        public String toString() {
            return epochs + "×" + rate + ", L2 " + l2;
        }
    }

    /** Fitted weights: {@code buckets} n-gram weights, then the dense ones. */
    record Model(float[] weights, float bias, int buckets) {
        double score(Example e) {
            return 1 / (1 + Math.exp(-logit(weights, buckets, bias, e)));
        }
    }

    private SparseLogistic() {}

    /** The example's log-odds under {@code weights} and {@code bias}: its buckets' weights plus the dense part. */
    private static double logit(float[] weights, int buckets, double bias, Example e) {
        double z = bias;
        for (int b : e.buckets()) {
            z += weights[b];
        }
        float[] d = e.dense();
        for (int i = 0; i < d.length; i++) {
            z += weights[buckets + i] * d[i];
        }
        return z;
    }

    /** Fits weights for n-grams hashed into {@code buckets} buckets (the size of the {@code Ngrams} used). */
    static Model train(List<Example> data, int buckets, Setting setting, long seed) {
        int dense = data.isEmpty() ? 0 : data.get(0).dense().length;
        float[] w = new float[buckets + dense];
        float[] g2 = new float[w.length];
        double bias = 0;
        double biasG2 = 0;
        int[] order = new int[data.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        double rate = setting.rate();
        double l2 = setting.l2();
        for (int epoch = 0; epoch < setting.epochs(); epoch++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int k : order) {
                Example e = data.get(k);
                float[] d = e.dense();
                double error = 1 / (1 + Math.exp(-logit(w, buckets, bias, e))) - e.label();
                for (int b : e.buckets()) {
                    double g = error + l2 * w[b];
                    g2[b] += (float) (g * g);
                    w[b] -= (float) (rate * g / Math.sqrt(g2[b] + 1e-8));
                }
                for (int i = 0; i < d.length; i++) {
                    int f = buckets + i;
                    double g = error * d[i] + l2 * w[f];
                    g2[f] += (float) (g * g);
                    w[f] -= (float) (rate * g / Math.sqrt(g2[f] + 1e-8));
                }
                biasG2 += error * error;
                bias -= rate * error / Math.sqrt(biasG2 + 1e-8);
            }
        }
        return new Model(w, (float) bias, buckets);
    }
}
