package org.factdesk.service.claim;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.factdesk.model.claim.StatusChange;
import org.factdesk.model.claim.Transition;

/**
 * A move the caller wants to make, with the claim version they were looking at: if somebody changed the
 * claim since, the move is refused with a conflict instead of overwriting their work.
 */
public record TransitionRequest(
        @NotNull Transition transition,
        @NotNull Long expectedVersion,
        @Size(max = StatusChange.REASON_MAX) String reason,
        String assignee) {}
