package org.factdesk.service.intake;

import java.io.Serializable;
import java.util.Objects;

/**
 * Who a sentence says made its claim. {@code speaker} is resolved (a pronoun or "the minister" becomes
 * the person named earlier; "the NFL" becomes its full name); {@code mention} is the source as printed.
 * {@code role} and {@code organisation} are null when the text does not give them.
 */
public record SpeechAttribution(String speaker, String role, String organisation, String verb, String mention)
        implements Serializable {

    public SpeechAttribution {
        Objects.requireNonNull(speaker);
        Objects.requireNonNull(verb);
        Objects.requireNonNull(mention);
    }
}
