package org.factdesk.service.intake;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The one class that names langchain4j and ONNX Runtime: {@link SentenceEmbeddings} creates it only when the module
 * {@code org.factdesk.embeddings} is there, so an EAR deployed without the module still starts.
 *
 * <p>The session runs each sentence on the thread that asks, on one core: {@link #INTRA_OP_THREADS} is 1 and its
 * threads never spin. ONNX Runtime's default spreads one inference over every core and keeps its worker threads
 * spinning for a while after each, which on a two-core server took the cores from the saves beside it; a server
 * serving many saves at once has parallelism enough in its requests. A batch a person waits for (the intake page's
 * sentences, an import's reviews) is spread over the {@code executor} given, one sentence per task; the background
 * filler's runs on its own thread ({@link #embedInline}).
 */
final class OnnxEncoder implements SentenceEmbeddings.Encoder {

    /** Threads one inference uses. */
    static final int INTRA_OP_THREADS = 1;

    private static final String MODEL_FILE = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER_FILE = "all-minilm-l6-v2-q-tokenizer.json";
    private static final int DIMENSION = 384;

    private final OrtSession session;
    /**
     * Closing waits for the inferences running (closing a session that runs frees native memory under it); none
     * starts after.
     */
    private final ReadWriteLock use = new ReentrantReadWriteLock();

    private final Model batches;
    private final Model inline;
    private boolean closed;

    OnnxEncoder(Executor executor) {
        this.session = open();
        OnnxBertBiEncoder encoder = encoder(session);
        this.batches = new Model(encoder, executor);
        this.inline = new Model(encoder, Runnable::run);
    }

    /**
     * Closes the session (the model's native memory), so a redeployed EAR does not leave its predecessor's behind.
     * ONNX Runtime and the tokenizer's native libraries stay loaded in the module, once per server.
     */
    @Override
    public void close() {
        use.writeLock().lock();
        try {
            if (!closed) {
                closed = true;
                session.close();
            }
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime could not close the model: " + e.getMessage(), e);
        } finally {
            use.writeLock().unlock();
        }
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        return vectors(batches, texts);
    }

    @Override
    public List<float[]> embedInline(List<String> texts) {
        return vectors(inline, texts);
    }

    private List<float[]> vectors(Model model, List<String> texts) {
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        use.readLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException("the sentence encoder is closed: the application is stopping");
            }
            return model.embedAll(segments).content().stream()
                    .map(Embedding::vector)
                    .map(OnnxEncoder::unit)
                    .toList();
        } finally {
            use.readLock().unlock();
        }
    }

    private static OrtSession open() {
        try (InputStream model = resource(MODEL_FILE);
                OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(INTRA_OP_THREADS);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            options.addConfigEntry("session.inter_op.allow_spinning", "0");
            return OrtEnvironment.getEnvironment().createSession(model.readAllBytes(), options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime could not open the model: " + e.getMessage(), e);
        }
    }

    private static OnnxBertBiEncoder encoder(OrtSession session) {
        try (InputStream tokenizer = resource(TOKENIZER_FILE)) {
            return new OnnxBertBiEncoder(OrtEnvironment.getEnvironment(), session, tokenizer, PoolingMode.MEAN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in =
                AllMiniLmL6V2QuantizedEmbeddingModel.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is missing from the module's jars");
        }
        return in;
    }

    /** langchain4j's batching over a session of ours. */
    private static final class Model extends AbstractInProcessEmbeddingModel {

        private final OnnxBertBiEncoder encoder;

        Model(OnnxBertBiEncoder encoder, Executor executor) {
            super(executor);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return DIMENSION;
        }
    }

    private static float[] unit(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        if (norm == 0) {
            return vector;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = vector[i] * scale;
        }
        return unit;
    }
}
