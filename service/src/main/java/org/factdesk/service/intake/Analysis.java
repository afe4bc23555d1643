package org.factdesk.service.intake;

import java.util.List;
import java.util.Objects;

/**
 * The result of analysing one text: its sentences in order, with offsets into {@link #text()}, and the
 * check-worthiness from which a sentence is a candidate claim — the one place that rule is decided.
 *
 * @param candidateThreshold the model's best-F1 threshold from cross-validation (docs/intake.md)
 */
public record Analysis(String text, List<AnalyzedSentence> sentences, double candidateThreshold) {

    public Analysis {
        Objects.requireNonNull(text);
        sentences = List.copyOf(sentences);
    }

    /** Whether the sentence is worth offering as a claim to check. */
    public boolean isCandidate(AnalyzedSentence sentence) {
        return sentence.checkWorthiness() >= candidateThreshold;
    }

    /** The candidate claims, in text order. */
    public List<AnalyzedSentence> candidates() {
        return sentences.stream().filter(this::isCandidate).toList();
    }
}
