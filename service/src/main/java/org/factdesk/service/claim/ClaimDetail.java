package org.factdesk.service.claim;

import java.io.Serializable;
import java.util.List;
import org.factdesk.model.claim.Claim;
import org.factdesk.model.claim.Comment;
import org.factdesk.model.claim.Transition;

/**
 * Everything the claim page and the claim resource show, loaded in one transaction, with what the caller may do
 * with the claim ({@link ClaimPermissions}).
 */
public record ClaimDetail(
        Claim claim, List<Comment> comments, List<TimelineEntry> timeline, ClaimPermissions permissions)
        implements Serializable {

    /** The workflow moves the caller may make now. */
    public List<Transition> availableTransitions() {
        return permissions.moves();
    }
}
