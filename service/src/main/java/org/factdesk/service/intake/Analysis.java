package org.factdesk.service.intake;

import java.util.List;
import java.util.Objects;

/** The result of analysing one text: its sentences in order, with offsets into {@link #text()}. */
public record Analysis(String text, List<AnalyzedSentence> sentences) {

    public Analysis {
        Objects.requireNonNull(text);
        sentences = List.copyOf(sentences);
    }
}
