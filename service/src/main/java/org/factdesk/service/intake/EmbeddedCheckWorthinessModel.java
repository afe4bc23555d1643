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
 * The probability that a sentence is a check-worthy factual claim, from its hashed word uni+bigrams ({@link
 * Ngrams}) and its sentence embedding: logistic regression over both, which ranks claims better than the words
 * alone (docs/intake.md, "Check-worthiness with embeddings"). The caller computes the embedding with the
 * quantised all-MiniLM-L6-v2 ({@code AllMiniLmL6V2QuantizedEmbeddingModel}, the sentence as given, 384
 * dimensions, unit length), so this class needs no ONNX runtime. {@link Boilerplate} lines score 0, as in
 * {@link CheckWorthinessModel}. Immutable once loaded, so one instance serves every thread.
 *
 * <p>File format: the gzip of big-endian ints and floats ({@link java.io.DataOutput}) — magic {@code CWE1}
 * (0x43574531), hash bits b, embedding dimension (384), bias, decision threshold, then 2^b n-gram bucket weights
 * followed by 384 embedding weights.
 */
public final class EmbeddedCheckWorthinessModel {

    /** Classpath resource of the shipped weights; see README.md beside it. */
    public static final String RESOURCE = "/org/factdesk/service/intake/checkworthiness-minilm.bin.gz";

    /** Dimension of the all-MiniLM-L6-v2 sentence embedding the model was trained on. */
    public static final int EMBEDDING_DIM = 384;

    private static final int MAGIC = 0x43574531;
    private static final double UNIT_TOLERANCE = 1e-3;

    private final Ngrams ngrams;
    private final float[] weights;
    private final float bias;
    private final float threshold;

    /**
     * @param hashBits the n-grams are hashed into 2^hashBits buckets
     * @param weights the buckets' weights, then the embedding's {@value #EMBEDDING_DIM}
     */
    public EmbeddedCheckWorthinessModel(int hashBits, float[] weights, float bias, float threshold) {
        this.ngrams = new Ngrams(hashBits);
        if (weights.length != ngrams.size() + EMBEDDING_DIM) {
            throw new IllegalArgumentException(
                    "expected " + (ngrams.size() + EMBEDDING_DIM) + " weights, got " + weights.length);
        }
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must lie in (0, 1), got " + threshold);
        }
        this.weights = weights.clone();
        this.bias = bias;
        this.threshold = threshold;
    }

    public static EmbeddedCheckWorthinessModel shipped() {
        return ShippedModel.load(RESOURCE, "tools TrainEmbedded", EmbeddedCheckWorthinessModel::read);
    }

    static EmbeddedCheckWorthinessModel read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw)));
        if (in.readInt() != MAGIC) {
            throw new IOException("not an embedded check-worthiness model (magic CWE1 missing)");
        }
        int bits = in.readInt();
        int dim = in.readInt();
        if (bits < 1 || bits > 30 || dim != EMBEDDING_DIM) {
            throw new IOException("unexpected model shape: " + bits + " hash bits, embedding dimension " + dim);
        }
        float bias = in.readFloat();
        float threshold = in.readFloat();
        float[] w = new float[(1 << bits) + dim];
        for (int i = 0; i < w.length; i++) {
            w[i] = in.readFloat();
        }
        return new EmbeddedCheckWorthinessModel(bits, w, bias, threshold);
    }

    public void write(Path file) throws IOException {
        try (OutputStream os = Files.newOutputStream(file);
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(os)))) {
            out.writeInt(MAGIC);
            out.writeInt(ngrams.bits());
            out.writeInt(EMBEDDING_DIM);
            out.writeFloat(bias);
            out.writeFloat(threshold);
            for (float w : weights) {
                out.writeFloat(w);
            }
        }
    }

    /** Decision threshold chosen by cross-validation at training time (best F1 on out-of-fold scores). */
    public double threshold() {
        return threshold;
    }

    public int hashBits() {
        return ngrams.bits();
    }

    /**
     * The probability, 0 to 1, that {@code sentence} is worth checking.
     *
     * @param embedding the sentence's quantised all-MiniLM-L6-v2 embedding: {@value #EMBEDDING_DIM} floats of
     *     unit length
     * @throws IllegalArgumentException if the embedding has another length or is not of unit length (a vector
     *     from another encoder, or not normalised, would give scores without meaning)
     */
    public double score(String sentence, float[] embedding) {
        if (embedding.length != EMBEDDING_DIM) {
            throw new IllegalArgumentException(
                    "expected a " + EMBEDDING_DIM + "-dimension embedding, got " + embedding.length);
        }
        double norm = 0;
        for (float x : embedding) {
            norm += x * x;
        }
        if (Math.abs(Math.sqrt(norm) - 1) > UNIT_TOLERANCE) {
            throw new IllegalArgumentException("the embedding is not of unit length: " + Math.sqrt(norm));
        }
        if (Boilerplate.matches(sentence)) {
            return 0;
        }
        double z = bias;
        for (int b : ngrams.buckets(sentence)) {
            z += weights[b];
        }
        int offset = ngrams.size();
        for (int i = 0; i < EMBEDDING_DIM; i++) {
            z += weights[offset + i] * embedding[i];
        }
        return 1 / (1 + Math.exp(-z));
    }
}
