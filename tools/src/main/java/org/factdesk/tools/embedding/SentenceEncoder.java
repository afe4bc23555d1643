package org.factdesk.tools.embedding;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Unit-length sentence embeddings from one of the ONNX models on Maven Central, with every vector kept in
 * an append-only cache file, so an evaluation run pays for each sentence once. The model itself is loaded
 * only when a sentence is missing from the cache.
 */
public final class SentenceEncoder {

    /** The models measured, with what each was trained to see before a query and before a document. */
    public enum Model {
        MINILM("all-MiniLM-L6-v2", "", "", AllMiniLmL6V2EmbeddingModel::new),
        MINILM_Q("all-MiniLM-L6-v2 (quantised)", "", "", AllMiniLmL6V2QuantizedEmbeddingModel::new),
        E5_Q("e5-small-v2 (quantised)", "query: ", "query: ", E5SmallV2QuantizedEmbeddingModel::new);

        private final String label;
        private final String prefix;
        private final String documentPrefix;
        private final Supplier<EmbeddingModel> loader;

        Model(String label, String prefix, String documentPrefix, Supplier<EmbeddingModel> loader) {
            this.label = label;
            this.prefix = prefix;
            this.documentPrefix = documentPrefix;
            this.loader = loader;
        }

        public String label() {
            return label;
        }

        public EmbeddingModel load() {
            return loader.get();
        }

        public String prefix() {
            return prefix;
        }

        public static Model named(String name) {
            return valueOf(name.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        }
    }

    public static final int DIM = 384;
    private static final int BATCH = 64;

    private final Model model;
    private final Path cacheFile;
    private final Map<Long, float[]> cache = new HashMap<>();
    private EmbeddingModel loaded;

    private SentenceEncoder(Model model, Path cacheFile) {
        this.model = model;
        this.cacheFile = cacheFile;
    }

    /** An encoder whose cache is {@code cacheDir/MODEL.bin}. */
    public static SentenceEncoder open(Model model, Path cacheDir) throws IOException {
        Files.createDirectories(cacheDir);
        SentenceEncoder encoder =
                new SentenceEncoder(model, cacheDir.resolve(model.name().toLowerCase() + ".bin"));
        encoder.readCache();
        return encoder;
    }

    public Model model() {
        return model;
    }

    /** Embeddings of {@code texts}, in order; missing ones are computed and appended to the cache. */
    public float[][] encode(List<String> texts) throws IOException {
        return encode(texts, model.prefix);
    }

    /**
     * Embeddings of texts to be found rather than searched with. e5 was trained on "query: " against
     * "passage: " for retrieval, but a fact-checked claim is a statement like the tweet, and "passage: "
     * measured worse on claim matching (docs/intake.md), so both sides get "query: ".
     */
    public float[][] encodeDocuments(List<String> texts) throws IOException {
        return encode(texts, model.documentPrefix);
    }

    private float[][] encode(List<String> texts, String prefix) throws IOException {
        float[][] out = new float[texts.size()][];
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            out[i] = cache.get(key(prefix, texts.get(i)));
            if (out[i] == null) {
                missing.add(i);
            }
        }
        if (missing.isEmpty()) {
            return out;
        }
        if (loaded == null) {
            loaded = model.load();
        }
        long t0 = System.nanoTime();
        try (OutputStream os = Files.newOutputStream(cacheFile, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                DataOutputStream file = new DataOutputStream(new BufferedOutputStream(os))) {
            for (int from = 0; from < missing.size(); from += BATCH) {
                List<Integer> batch = missing.subList(from, Math.min(missing.size(), from + BATCH));
                List<TextSegment> segments = new ArrayList<>(batch.size());
                for (int i : batch) {
                    String text = texts.get(i).isBlank() ? "." : texts.get(i);
                    segments.add(TextSegment.from(prefix + text));
                }
                List<Embedding> embeddings = loaded.embedAll(segments).content();
                for (int j = 0; j < batch.size(); j++) {
                    int i = batch.get(j);
                    float[] v = embeddings.get(j).vector();
                    long key = key(prefix, texts.get(i));
                    cache.put(key, v);
                    out[i] = v;
                    file.writeLong(key);
                    for (float f : v) {
                        file.writeFloat(f);
                    }
                }
                file.flush();
                if ((from / BATCH) % 20 == 19) {
                    System.err.printf(
                            "  %s: %d/%d sentences, %.0f/s%n",
                            model.label(),
                            from + batch.size(),
                            missing.size(),
                            (from + batch.size()) / ((System.nanoTime() - t0) / 1e9));
                }
            }
        }
        return out;
    }

    private static long key(String prefix, String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest((prefix + text).getBytes(StandardCharsets.UTF_8));
            long k = 0;
            for (int i = 0; i < 8; i++) {
                k = k << 8 | (d[i] & 0xff);
            }
            return k;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void readCache() throws IOException {
        if (!Files.exists(cacheFile)) {
            return;
        }
        try (InputStream is = Files.newInputStream(cacheFile);
                DataInputStream in = new DataInputStream(new BufferedInputStream(is, 1 << 16))) {
            while (true) {
                long key;
                try {
                    key = in.readLong();
                } catch (EOFException end) {
                    return;
                }
                float[] v = new float[DIM];
                for (int i = 0; i < DIM; i++) {
                    v[i] = in.readFloat();
                }
                cache.put(key, v);
            }
        } catch (EOFException truncated) {
            rewriteCache(); // a run stopped mid-record: keep what was read, drop the torn record
        }
    }

    private void rewriteCache() throws IOException {
        try (OutputStream os = Files.newOutputStream(cacheFile);
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os))) {
            for (Map.Entry<Long, float[]> e : cache.entrySet()) {
                out.writeLong(e.getKey());
                for (float f : e.getValue()) {
                    out.writeFloat(f);
                }
            }
        }
    }

    public static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
