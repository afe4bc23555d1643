package org.factdesk.service.intake;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Logistic regression over {@link Features}: the probability that a sentence is a check-worthy factual
 * claim. Immutable once loaded, so one instance serves every thread. {@link Boilerplate} lines ("Published
 * in Dawn, …", copyright notices) are scored 0 before the model sees them.
 */
public final class CheckWorthinessModel {

    /** Classpath resource of the shipped weights; see README.md beside it. */
    public static final String RESOURCE = "/org/factdesk/service/intake/checkworthiness.bin.gz";

    private static final int MAGIC = 0x43574D31;

    private final float[] weights;
    private final float bias;
    private final float threshold;

    public CheckWorthinessModel(float[] weights, float bias, float threshold) {
        if (weights.length != Features.DIM) {
            throw new IllegalArgumentException("expected " + Features.DIM + " weights, got " + weights.length);
        }
        this.weights = weights;
        this.bias = bias;
        this.threshold = threshold;
    }

    public static CheckWorthinessModel shipped() {
        return ShippedModel.load(RESOURCE, "eval.Train", CheckWorthinessModel::read);
    }

    static CheckWorthinessModel read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw)));
        if (in.readInt() != MAGIC || in.readInt() != Features.DIM) {
            throw new IOException("not a check-worthiness model for " + Features.DIM + " features");
        }
        float bias = in.readFloat();
        float threshold = in.readFloat();
        float[] w = new float[Features.DIM];
        for (int i = 0; i < w.length; i++) {
            w[i] = in.readFloat();
        }
        return new CheckWorthinessModel(w, bias, threshold);
    }

    public void write(Path file) throws IOException {
        try (OutputStream os = Files.newOutputStream(file);
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(os)))) {
            out.writeInt(MAGIC);
            out.writeInt(Features.DIM);
            out.writeFloat(bias);
            out.writeFloat(threshold);
            for (float w : weights) {
                out.writeFloat(w);
            }
        }
    }

    /** Decision threshold chosen at training time (best F1 on held-out sentences). */
    public double threshold() {
        return threshold;
    }

    public double score(String sentence) {
        if (Boilerplate.matches(sentence)) {
            return 0;
        }
        return probability(Features.extract(sentence));
    }

    public double probability(Features.Vector x) {
        double z = bias;
        int[] idx = x.index();
        float[] val = x.value();
        for (int i = 0; i < idx.length; i++) {
            z += weights[idx[i]] * val[i];
        }
        return 1 / (1 + Math.exp(-z));
    }
}
