package org.factdesk.service.intake;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
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

    /**
     * Sentences beyond which a text is scored by words alone: embedding each sentence costs a few milliseconds, so
     * a very long text (the 200,000-character limit holds about 2,000 sentences) would keep the editor waiting.
     */
    static final int EMBED_MAX_SENTENCES = 400;

    private TextAnalyzer analyzer;

    /** Words and sentence embeddings: used whenever the embeddings are loaded; null if its weights did not load. */
    private EmbeddedCheckWorthinessModel withMeaning;

    @Inject
    SentenceEmbeddings embeddings;

    /** Why the models did not load, or null. */
    private String failure;

    @PostConstruct
    void load() {
        load(TextAnalyzer::create);
        loadWithMeaning();
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

    void loadWithMeaning() {
        try {
            withMeaning = EmbeddedCheckWorthinessModel.shipped();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Check-worthiness by words and meaning did not load; scoring by words alone", e);
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
        return withMeaning(models.analyze(text));
    }

    /**
     * The same analysis with every sentence's check-worthiness from words and meaning ({@link
     * EmbeddedCheckWorthinessModel}, which ranks claims better than words alone: docs/intake.md) and that
     * model's threshold; unchanged when the embeddings are not loaded or the text is very long.
     */
    public Analysis withMeaning(Analysis analysis) {
        List<AnalyzedSentence> sentences = analysis.sentences();
        if (!byMeaning() || sentences.isEmpty() || sentences.size() > EMBED_MAX_SENTENCES) {
            return analysis;
        }
        double[] scores =
                scoreByMeaning(sentences.stream().map(AnalyzedSentence::text).toList());
        if (scores == null) {
            return analysis;
        }
        List<AnalyzedSentence> rescored = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            AnalyzedSentence s = sentences.get(i);
            rescored.add(new AnalyzedSentence(
                    s.index(), s.start(), s.end(), s.text(), scores[i], s.attribution(), s.assertion(), s.hedges()));
        }
        return new Analysis(analysis.text(), rescored, withMeaning.threshold());
    }

    public double[] score(List<String> sentences) {
        TextAnalyzer models = analyzer();
        if (byMeaning() && sentences.size() <= EMBED_MAX_SENTENCES) {
            double[] scores = scoreByMeaning(sentences);
            if (scores != null) {
                return scores;
            }
        }
        return models.score(sentences);
    }

    /** The score from which a sentence is a candidate claim: the model's best-F1 threshold (docs/intake.md). */
    public double threshold() {
        TextAnalyzer models = analyzer();
        return byMeaning()
                ? withMeaning.threshold()
                : models.checkWorthinessModel().threshold();
    }

    private boolean byMeaning() {
        return withMeaning != null && embeddings != null && embeddings.available();
    }

    /** Scores by words and meaning, blank sentences 0; null if the embeddings went away meanwhile. */
    private double[] scoreByMeaning(List<String> sentences) {
        List<String> texts =
                sentences.stream().filter(t -> t != null && !t.isBlank()).toList();
        List<float[]> vectors = embeddings.embedAll(texts);
        if (vectors.size() != texts.size()) {
            return null;
        }
        double[] scores = new double[sentences.size()];
        int next = 0;
        for (int i = 0; i < scores.length; i++) {
            String text = sentences.get(i);
            scores[i] = text == null || text.isBlank() ? 0 : withMeaning.score(text, vectors.get(next++));
        }
        return scores;
    }
}
