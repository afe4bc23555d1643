package org.factdesk.service.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * Entry point of intake text analysis: sentences with offsets, who said each claim and what they said,
 * the hedges that qualify it, and how worth checking it is. Construction loads the sentence and token models and
 * the check-worthiness weights (slow, do it once); {@link #analyze} is then fast and safe to call from
 * many threads at once.
 */
public final class TextAnalyzer {

    /** A sentence that is only a caveat about what came before: "The report could not be verified …". */
    private static final Pattern ANAPHORIC = Pattern.compile(
            "^(?:(?:The|This|That|These|Those|Such|Neither|Both|Those)\\s+(?:\\w+\\s+)?(?:report|reports|claim|"
                    + "claims|account|accounts|figures?|toll|information|footage|videos?|images|statements?|"
                    + "allegations?|numbers?|details|reports)\\b|(?:It|This|That|There)\\b)");

    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");
    private static final int LOOK_BACK = 3;

    private final Sentences sentences;
    private final Tokens tokens;
    private final CheckWorthinessModel model;

    private TextAnalyzer(Sentences sentences, Tokens tokens, CheckWorthinessModel model) {
        this.sentences = sentences;
        this.tokens = tokens;
        this.model = model;
    }

    /** Loads the bundled models from the classpath. */
    public static TextAnalyzer create() {
        return new TextAnalyzer(new Sentences(), new Tokens(), CheckWorthinessModel.shipped());
    }

    public CheckWorthinessModel checkWorthinessModel() {
        return model;
    }

    public double[] score(List<String> sentences) {
        double[] out = new double[sentences.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = model.score(sentences.get(i));
        }
        return out;
    }

    public Analysis analyze(String text) {
        List<Span> spans = sentences.split(text);
        AttributionExtractor attributions = new AttributionExtractor(text, Acronyms.of(text));
        List<Optional<AttributionExtractor.Found>> found = new ArrayList<>(spans.size());
        List<List<Hedge>> qualifying = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            found.add(attributions.next(tokens.of(text, s.getStart(), s.getEnd())));
            qualifying.add(new ArrayList<>());
        }
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            List<Hedge> hedges = HedgeDetector.find(text, s.getStart(), s.getEnd(), i);
            if (hedges.isEmpty()) {
                continue;
            }
            int target = i;
            if (found.get(i).isEmpty() && i > 0 && standsAlone(text, s, hedges)) {
                target = i - 1;
                for (int back = i - 1; back >= Math.max(0, i - LOOK_BACK); back--) {
                    if (found.get(back).isPresent()) {
                        target = back;
                        break;
                    }
                }
            }
            qualifying.get(target).addAll(hedges);
        }
        List<AnalyzedSentence> out = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            String sentence = text.substring(s.getStart(), s.getEnd());
            Optional<AttributionExtractor.Found> f = found.get(i);
            out.add(new AnalyzedSentence(
                    i,
                    s.getStart(),
                    s.getEnd(),
                    sentence,
                    model.score(sentence),
                    f.map(AttributionExtractor.Found::attribution),
                    f.map(AttributionExtractor.Found::assertion),
                    qualifying.get(i)));
        }
        return new Analysis(text, out, model.threshold());
    }

    /** True when the sentence's hedges are about an earlier claim rather than one of its own. */
    private static boolean standsAlone(String text, Span s, List<Hedge> hedges) {
        String sentence = text.substring(s.getStart(), s.getEnd());
        if (ANAPHORIC.matcher(sentence).lookingAt()) {
            return true;
        }
        StringBuilder rest = new StringBuilder(sentence);
        for (int h = hedges.size() - 1; h >= 0; h--) {
            Hedge hedge = hedges.get(h);
            rest.replace(hedge.start() - s.getStart(), hedge.end() - s.getStart(), " ");
        }
        return WORD.matcher(rest).results().count() <= 3;
    }
}
