package org.factdesk.service.intake;

import java.io.Serializable;
import java.util.Objects;
import org.factdesk.model.claim.Claim;

/** An existing claim that resembles a text, how much (0–1), and whether that is enough to call it the same. */
public record SimilarClaim(Claim claim, double score, boolean match) implements Serializable {

    public SimilarClaim {
        Objects.requireNonNull(claim);
    }
}
