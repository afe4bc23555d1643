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

    /** Every claim the reader may see; narrow it with the {@code with…} parts. */
    public static ClaimFilter all() {
        return new ClaimFilter(Set.of(), null, null, false, null, false, false);
    }

    /** Claims in any of these statuses (none: any status). */
    public ClaimFilter withStatuses(Set<ClaimStatus> newStatuses) {
        return new ClaimFilter(newStatuses, desk, assignee, unassigned, text, attributedOnly, overdueOnly);
    }

    /** Claims holding these words (stemmed; {@code null}: no text search). */
    public ClaimFilter withText(String newText) {
        return new ClaimFilter(statuses, desk, assignee, unassigned, newText, attributedOnly, overdueOnly);
    }

    /** Claims of the desk with this code. */
    public ClaimFilter withDesk(String newDesk) {
        return new ClaimFilter(statuses, newDesk, assignee, unassigned, text, attributedOnly, overdueOnly);
    }

    /** Claims assigned to the user with this name. */
    public ClaimFilter withAssignee(String username) {
        return new ClaimFilter(statuses, desk, username, unassigned, text, attributedOnly, overdueOnly);
    }

    /** Only claims nobody holds. */
    public ClaimFilter withUnassigned(boolean only) {
        return new ClaimFilter(statuses, desk, assignee, only, text, attributedOnly, overdueOnly);
    }

    /** Only claims attributed to a speaker. */
    public ClaimFilter withAttributedOnly(boolean only) {
        return new ClaimFilter(statuses, desk, assignee, unassigned, text, only, overdueOnly);
    }

    /** Only open claims past their due time. */
    public ClaimFilter withOverdueOnly(boolean only) {
        return new ClaimFilter(statuses, desk, assignee, unassigned, text, attributedOnly, only);
    }
}
