package org.factdesk.service.claim;

import java.util.List;
import org.factdesk.model.claim.Claim;
import org.factdesk.model.claim.Comment;
import org.factdesk.model.claim.Transition;

/** Everything the claim page and the claim resource show, loaded in one transaction. */
public record ClaimDetail(
        Claim claim, List<Comment> comments, List<TimelineEntry> timeline, List<Transition> availableTransitions) {}
