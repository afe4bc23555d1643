package org.factdesk.service.intake;

import java.io.Serializable;
import java.util.List;

/**
 * What a text resembles: existing claims (may be the same claim) and fact-checks other organisations published
 * on claims like it ("already checked by"), both best first, found with one embedding of the text.
 */
public record Resembling(List<SimilarClaim> claims, List<CheckedElsewhere> checkedElsewhere) implements Serializable {

    public Resembling {
        claims = List.copyOf(claims);
        checkedElsewhere = List.copyOf(checkedElsewhere);
    }
}
