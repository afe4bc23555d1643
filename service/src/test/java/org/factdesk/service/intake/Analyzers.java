package org.factdesk.service.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** One analyzer for all tests (model loading is the slow part) and the Dawn founding sample. */
final class Analyzers {

    static final TextAnalyzer ANALYZER = TextAnalyzer.create();

    private Analyzers() {}

    static String dawnSample() {
        try (InputStream in = Analyzers.class.getResourceAsStream("dawn-2020-10-28-idlib.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AnalyzedSentence sentenceContaining(Analysis analysis, String fragment) {
        return analysis.sentences().stream()
                .filter(s -> s.text().contains(fragment))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no sentence contains: " + fragment));
    }

    static SpeechAttribution attributionOf(String text, String fragment) {
        return sentenceContaining(ANALYZER.analyze(text), fragment)
                .attribution()
                .orElseThrow(() -> new AssertionError("no attribution in sentence with: " + fragment));
    }
}
