package org.factdesk.service.intake;

import java.io.Serializable;
import java.util.Objects;
import org.factdesk.model.publishing.ExternalFactCheck;

/** A fact-check another organisation published on a claim resembling a text, and how much (0–1). */
public record CheckedElsewhere(ExternalFactCheck factCheck, double score) implements Serializable {

    public CheckedElsewhere {
        Objects.requireNonNull(factCheck);
    }
}
