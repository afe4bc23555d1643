package org.factdesk.service.intake;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One sentence of an analysed text. {@code hedges} holds every caveat that qualifies this sentence,
 * wherever it is printed: a stand-alone "could not be independently verified" sentence qualifies the
 * claim before it, so it is listed there (its {@link Hedge#sentence()} says where it was found).
 */
public record AnalyzedSentence(
        int index,
        int start,
        int end,
        String text,
        double checkWorthiness,
        Optional<SpeechAttribution> attribution,
        Optional<String> assertion,
        List<Hedge> hedges)
        implements Serializable {

    public AnalyzedSentence {
        Objects.requireNonNull(text);
        Objects.requireNonNull(attribution);
        Objects.requireNonNull(assertion);
        hedges = List.copyOf(hedges);
    }

    /** Written as {@link Stored} (sessions move between servers): Optional is not serialisable. */
    private Object writeReplace() {
        return new Stored(
                index, start, end, text, checkWorthiness, attribution.orElse(null), assertion.orElse(null), hedges);
    }

    private record Stored(
            int index,
            int start,
            int end,
            String text,
            double checkWorthiness,
            SpeechAttribution attribution,
            String assertion,
            List<Hedge> hedges)
            implements Serializable {

        private Object readResolve() {
            return new AnalyzedSentence(
                    index,
                    start,
                    end,
                    text,
                    checkWorthiness,
                    Optional.ofNullable(attribution),
                    Optional.ofNullable(assertion),
                    hedges);
        }
    }
}
