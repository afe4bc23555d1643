package org.factdesk.service.intake;

import java.io.Serializable;
import java.util.Objects;
import org.factdesk.model.claim.HedgeKind;

/** A caveat as printed: its text, offsets into the analysed text, kind and the sentence it was found in. */
public record Hedge(String text, int start, int end, HedgeKind kind, int sentence) implements Serializable {

    public Hedge {
        Objects.requireNonNull(text);
        Objects.requireNonNull(kind);
    }
}
