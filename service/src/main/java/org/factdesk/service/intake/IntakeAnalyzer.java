package org.factdesk.service.intake;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The application's one {@link TextAnalyzer}. Loading the sentence model and the check-worthiness weights
 * takes a few hundred milliseconds, so it happens once, when the application starts; the analyzer is
 * thread-safe and shared by every request, the feed poller and the intake page.
 */
@ApplicationScoped
public class IntakeAnalyzer {

    /** The most text one analysis takes: a very long feature runs to about 100,000 characters. */
    public static final int MAX_TEXT = 200_000;
    /** The most sentences one score call takes. */
    public static final int MAX_SENTENCES = 5_000;

    private static final Logger LOG = Logger.getLogger(IntakeAnalyzer.class.getName());

    private TextAnalyzer analyzer;

    /** Why the models did not load, or null. */
    private String failure;

    @PostConstruct
    void load() {
        load(TextAnalyzer::create);
    }

    /**
     * Loads the analyzer once. A model that fails to load (a damaged jar, too little memory) leaves intake
     * unavailable, with the reason, and the rest of the application working: start-up does not fail for it.
     */
    void load(Supplier<TextAnalyzer> models) {
        long started = System.nanoTime();
        try {
            analyzer = models.get();
            LOG.info(() -> "Intake text analyzer loaded in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        } catch (RuntimeException | LinkageError e) {
            failure = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            LOG.log(Level.SEVERE, "Intake analysis is unavailable: its models did not load", e);
        }
    }

    /** "loaded", or why intake is unavailable (readiness shows it). */
    public String status() {
        return failure == null ? "loaded" : "unavailable: " + failure;
    }

    /** Touches the bean when the application starts, so the first request does not pay for loading. */
    void warmUp(@Observes @Initialized(ApplicationScoped.class) Object started) {
        status();
    }

    public TextAnalyzer analyzer() {
        if (analyzer == null) {
            throw new IntakeUnavailableException(failure == null ? "not loaded" : failure);
        }
        return analyzer;
    }

    /** Analyses an English text; a text that does not read as English is refused ({@link NotEnglishException}). */
    public Analysis analyze(String text) {
        TextAnalyzer models = analyzer();
        if (!English.looksEnglish(text)) {
            throw new NotEnglishException();
        }
        return models.analyze(text);
    }

    public double[] score(List<String> sentences) {
        return analyzer().score(sentences);
    }

    /** The score from which a sentence is a candidate claim: the model's best-F1 threshold (docs/intake.md). */
    public double threshold() {
        return analyzer().checkWorthinessModel().threshold();
    }
}
