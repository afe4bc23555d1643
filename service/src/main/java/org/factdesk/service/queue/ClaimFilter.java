package org.factdesk.service.queue;

import java.io.Serializable;
import java.util.Set;
import org.factdesk.model.claim.ClaimStatus;

/**
 * Which claims a queue shows. Every field is optional; together they narrow. {@code assignee} is a user
 * name; {@code unassigned} asks for claims nobody holds.
 */
public record ClaimFilter(
        Set<ClaimStatus> statuses,
        String desk,
        String assignee,
        boolean unassigned,
        String text,
        boolean attributedOnly,
        boolean overdueOnly)
        implements Serializable {

    public static ClaimFilter all() {
        return new ClaimFilter(Set.of(), null, null, false, null, false, false);
    }

    public ClaimFilter withStatuses(Set<ClaimStatus> newStatuses) {
        return new ClaimFilter(newStatuses, desk, assignee, unassigned, text, attributedOnly, overdueOnly);
    }

    public ClaimFilter withText(String newText) {
        return new ClaimFilter(statuses, desk, assignee, unassigned, newText, attributedOnly, overdueOnly);
    }

    public ClaimFilter withDesk(String newDesk) {
        return new ClaimFilter(statuses, newDesk, assignee, unassigned, text, attributedOnly, overdueOnly);
    }
}
