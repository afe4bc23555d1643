package org.factdesk.service.intake;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.List;
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

    @PostConstruct
    void load() {
        long started = System.nanoTime();
        analyzer = TextAnalyzer.create();
        LOG.info(() -> "Intake text analyzer loaded in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    /** Touches the bean when the application starts, so the first request does not pay for loading. */
    void warmUp(@Observes @Initialized(ApplicationScoped.class) Object started) {
        analyzer();
    }

    public TextAnalyzer analyzer() {
        return analyzer;
    }

    public Analysis analyze(String text) {
        return analyzer.analyze(text);
    }

    public double[] score(List<String> sentences) {
        return analyzer.score(sentences);
    }

    /** The score from which a sentence is a candidate claim: the model's best-F1 threshold (docs/intake.md). */
    public double threshold() {
        return analyzer.checkWorthinessModel().threshold();
    }
}
