package org.factdesk.service.intake;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sentence embeddings computed in-process: the quantised all-MiniLM-L6-v2 (ONNX Runtime, through
 * langchain4j-embeddings), 384-dimension unit vectors whose cosine says how close two texts are in meaning. The
 * model comes from the WildFly module {@code org.factdesk.embeddings} and is loaded once, in the background, when
 * the application starts (about a second, about 160 MB of native memory: OPERATIONS.md); never per request.
 *
 * <p>Without the module, with {@code -Dfactdesk.embeddings=off}, or when the model fails to load, {@link
 * #available()} is false and every caller falls back to words alone; {@code /health/ready} says which.
 */
@ApplicationScoped
public class SentenceEmbeddings {

    /** The encoder's name, stored beside every vector: vectors of another model are recomputed, never compared. */
    public static final String MODEL = "all-MiniLM-L6-v2-q";
    /** The model reads about 256 word pieces; more text costs time and changes nothing it returns. */
    static final int MAX_CHARS = 1_500;
    /** System property; {@code off} leaves the model unloaded. */
    static final String SWITCH = "factdesk.embeddings";
    /** How long a first request right after start waits for the model rather than answering by words alone. */
    private static final long WAIT_FOR_LOAD_SECONDS = 30;

    private static final Logger LOG = Logger.getLogger(SentenceEmbeddings.class.getName());

    /** Turns texts into unit vectors, one per text, in order. */
    interface Encoder {
        /** A batch spread over the server's cores. */
        List<float[]> embed(List<String> texts);

        /** A batch on the calling thread alone, one sentence after another. */
        default List<float[]> embedInline(List<String> texts) {
            return embed(texts);
        }

        /** Frees what the encoder holds outside the heap. */
        default void close() {}
    }

    @Resource
    ManagedExecutorService executor;

    private final CompletableFuture<Encoder> loading = new CompletableFuture<>();
    private volatile String status = "loading";

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if ("off".equalsIgnoreCase(System.getProperty(SWITCH))) {
            status = "off (-D" + SWITCH + "=off)";
            loading.complete(null);
            return;
        }
        executor.execute(() -> load(() -> new OnnxEncoder(executor)));
    }

    /** The application stops (an undeploy, a redeploy): the model's native session goes with it. */
    @PreDestroy
    void stop() {
        Encoder encoder = loading.getNow(null);
        if (encoder != null) {
            encoder.close();
        }
    }

    /** Loads the encoder and encodes one sentence, so the first real request pays for neither. */
    void load(Supplier<Encoder> encoders) {
        long begun = System.nanoTime();
        try {
            Encoder encoder = encoders.get();
            encoder.embed(List.of("Rebel fire killed Russian officers in southern Idlib."));
            status = "loaded";
            loading.complete(encoder);
            LOG.info(() ->
                    "Sentence embeddings (" + MODEL + ") loaded in " + (System.nanoTime() - begun) / 1_000_000 + " ms");
        } catch (RuntimeException | LinkageError e) {
            status = "unavailable: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage());
            loading.complete(null);
            LOG.log(
                    Level.SEVERE,
                    "Sentence embeddings are unavailable; similar claims and check-worthiness use words only",
                    e);
        }
    }

    /** "loading", "loaded", "off (…)" or "unavailable: why" (readiness shows it). */
    public String status() {
        return status;
    }

    /** Whether vectors can be computed now (never waits). */
    public boolean available() {
        return loading.getNow(null) != null;
    }

    /** The text's vector, or empty when embeddings are unavailable or the text is blank. */
    public Optional<float[]> embed(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        List<float[]> vectors = embedAll(List.of(text));
        return vectors.isEmpty() ? Optional.empty() : Optional.of(vectors.get(0));
    }

    /**
     * One vector per text, in order (batched: a batch is spread over the cores), or an empty list when
     * embeddings are unavailable. Texts must not be blank; long ones are cut to {@link #MAX_CHARS}.
     */
    public List<float[]> embedAll(List<String> texts) {
        return embed(texts, false);
    }

    /**
     * As {@link #embedAll}, on the calling thread alone: for work in the background, which then takes one core and
     * leaves the others to the people saving and searching meanwhile.
     */
    public List<float[]> embedInBackground(List<String> texts) {
        return embed(texts, true);
    }

    private List<float[]> embed(List<String> texts, boolean inline) {
        if (texts.isEmpty()) {
            return List.of();
        }
        for (String text : texts) {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("blank text has no embedding");
            }
        }
        Encoder encoder = encoder();
        if (encoder == null) {
            return List.of();
        }
        List<String> clipped = texts.stream().map(SentenceEmbeddings::clip).toList();
        return inline ? encoder.embedInline(clipped) : encoder.embed(clipped);
    }

    private Encoder encoder() {
        try {
            return loading.get(WAIT_FOR_LOAD_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            return null;
        }
    }

    static String clip(String text) {
        String stripped = text.strip();
        if (stripped.length() <= MAX_CHARS) {
            return stripped;
        }
        int cut = stripped.lastIndexOf(' ', MAX_CHARS);
        return stripped.substring(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS);
    }

    /** Cosine of two vectors of the same length (their dot product, for unit vectors). */
    public static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors of " + a.length + " and " + b.length + " dimensions");
        }
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
