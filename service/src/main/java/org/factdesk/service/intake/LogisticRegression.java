package org.factdesk.service.intake;

import java.util.List;
import java.util.Random;

/**
 * Trains {@link CheckWorthinessModel} weights by stochastic gradient descent with AdaGrad step sizes
 * and L2 shrinkage. Written here rather than pulled in as a library because it is forty lines and the
 * service must not grow a machine-learning dependency for it.
 */
public final class LogisticRegression {

    /** One labelled sentence. */
    public record Example(Features.Vector x, int label) {}

    private final int epochs;
    private final double rate;
    private final double l2;
    private final long seed;

    public LogisticRegression(int epochs, double rate, double l2, long seed) {
        this.epochs = epochs;
        this.rate = rate;
        this.l2 = l2;
        this.seed = seed;
    }

    /** Fits weights; {@code threshold} is stored with them, not used in training. */
    public CheckWorthinessModel train(List<Example> data, double threshold) {
        float[] w = new float[Features.DIM];
        float[] g2 = new float[Features.DIM];
        double bias = 0;
        double biasG2 = 0;
        int[] order = new int[data.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int k : order) {
                Example e = data.get(k);
                int[] idx = e.x().index();
                float[] val = e.x().value();
                double z = bias;
                for (int i = 0; i < idx.length; i++) {
                    z += w[idx[i]] * val[i];
                }
                double error = 1 / (1 + Math.exp(-z)) - e.label();
                for (int i = 0; i < idx.length; i++) {
                    int f = idx[i];
                    double g = error * val[i] + l2 * w[f];
                    g2[f] += (float) (g * g);
                    w[f] -= (float) (rate * g / Math.sqrt(g2[f] + 1e-8));
                }
                biasG2 += error * error;
                bias -= rate * error / Math.sqrt(biasG2 + 1e-8);
            }
        }
        return new CheckWorthinessModel(w, (float) bias, (float) threshold);
    }
}
