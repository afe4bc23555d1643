package org.factdesk.service.claim;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.factdesk.model.account.Role;
import org.factdesk.model.account.UserAccount;
import org.factdesk.model.claim.Claim;
import org.factdesk.model.claim.ClaimStatus;
import org.factdesk.model.claim.Transition;
import org.factdesk.service.common.FactdeskException;

/**
 * What the current user may do with a claim now, as the workflow rules decide it ({@link WorkflowPolicy},
 * {@link ClaimService}) — handed back with the claim so that the claim page and the REST mapper only read it and
 * never derive a rule of their own. Where something is refused, the reason is the message key a screen explains
 * it with.
 *
 * @param moves the workflow moves the user may make (the page's buttons)
 * @param draftRefusal why the user may not write the verdict draft now; {@code null} when they may
 * @param evidenceRefusal why the user may not add evidence or show it publicly; {@code null} when they may
 * @param draftsHidden whether drafts (an unpublished verdict, evidence, comments) are hidden from the user
 * @param approvalReview whether the user is an editor looking at a verdict that awaits approval
 * @param drafter whether the user drafted the verdict (four eyes: someone else approves it)
 */
public record ClaimPermissions(
        List<Transition> moves,
        String draftRefusal,
        String evidenceRefusal,
        boolean draftsHidden,
        boolean approvalReview,
        boolean drafter)
        implements Serializable {

    public ClaimPermissions {
        moves = List.copyOf(moves);
    }

    /** The permissions of {@code user} on {@code claim}. */
    public static ClaimPermissions of(UserAccount user, Claim claim) {
        Objects.requireNonNull(user, "user");
        boolean drafter = claim.getVerdict() != null
                && user.getUsername().equals(claim.getVerdict().getDraftedBy());
        return new ClaimPermissions(
                WorkflowPolicy.available(user, claim),
                WorkflowPolicy.draftRefusal(user, claim)
                        .map(FactdeskException::getMessageKey)
                        .orElse(null),
                WorkflowPolicy.evidenceRefusal(user, claim)
                        .map(FactdeskException::getMessageKey)
                        .orElse(null),
                ClaimService.draftsHidden(user, claim),
                claim.getStatus() == ClaimStatus.AWAITING_APPROVAL
                        && claim.getVerdict() != null
                        && user.hasRole(Role.EDITOR),
                drafter);
    }

    /** May the user write or rewrite the verdict draft now? */
    public boolean mayDraft() {
        return draftRefusal == null;
    }

    /** May the user add evidence, and show or hide it on the public fact-check? */
    public boolean mayChangeEvidence() {
        return evidenceRefusal == null;
    }

    public boolean mayMake(Transition move) {
        return moves.contains(move);
    }
}
