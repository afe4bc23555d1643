package org.factdesk.service.claim;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.factdesk.model.account.Role;
import org.factdesk.model.account.UserAccount;
import org.factdesk.model.claim.Claim;
import org.factdesk.model.claim.Transition;
import org.factdesk.service.common.FactdeskException;
import org.factdesk.service.common.ForbiddenException;
import org.factdesk.service.common.InvalidInputException;
import org.factdesk.service.common.InvalidTransitionException;

/**
 * Who may move a claim, and when: the {@link Transition} table plus the people rules — the role each move
 * needs, four eyes on approval, only the assignee (or an editor) submits a verdict, and a fact-checker to
 * assign to. The service asks this before every move; the UI asks it which buttons to show.
 */
public final class WorkflowPolicy {

    private WorkflowPolicy() {}

    /** The reason the move is refused, or empty when the actor may make it with this input. */
    public static Optional<FactdeskException> refusal(
            UserAccount actor, Claim claim, Transition transition, String reason, UserAccount assignee) {
        Optional<FactdeskException> personal = personalRefusal(actor, claim, transition);
        if (personal.isPresent()) {
            return personal;
        }
        if (transition.isReasonRequired() && (reason == null || reason.isBlank())) {
            return Optional.of(new InvalidInputException(
                    "reason", "error.reasonRequired", transition + " needs a reason", transition));
        }
        if (transition.needsAssignee()) {
            if (assignee == null) {
                return Optional.of(new InvalidInputException(
                        "assignee", "error.assigneeRequired", "Choose a fact-checker to assign"));
            }
            Optional<FactdeskException> unfit = assigneeRefusal(assignee);
            if (unfit.isPresent()) {
                return unfit;
            }
        }
        if (transition == Transition.SUBMIT && claim.getVerdict() == null) {
            return Optional.of(new InvalidInputException(
                    "verdict", "error.verdictMissing", "Draft a verdict before submitting it for approval"));
        }
        return Optional.empty();
    }

    /** Who may be given a claim to check: an active fact-checker — by ASSIGN, or by handing it over in review. */
    public static Optional<FactdeskException> assigneeRefusal(UserAccount assignee) {
        if (!assignee.isActive() || !assignee.hasRole(Role.FACT_CHECKER)) {
            return Optional.of(new InvalidInputException(
                    "assignee",
                    "error.assigneeNotFactChecker",
                    assignee.getUsername() + " is not an active fact-checker",
                    assignee.getDisplayName()));
        }
        return Optional.empty();
    }

    /**
     * May the actor add evidence to the claim, or show a piece of it on the public fact-check? A fact-checker or
     * an editor, on a claim that is not dismissed.
     */
    public static Optional<FactdeskException> evidenceRefusal(UserAccount actor, Claim claim) {
        if (!actor.hasRole(Role.FACT_CHECKER) && !actor.hasRole(Role.EDITOR)) {
            return Optional.of(new ForbiddenException(
                    "error.roleRequired",
                    actor.getUsername() + " needs one of the roles [FACT_CHECKER, EDITOR]",
                    "[FACT_CHECKER, EDITOR]"));
        }
        if (claim.getStatus() == org.factdesk.model.claim.ClaimStatus.DISMISSED) {
            return Optional.of(new InvalidTransitionException("CHANGE_EVIDENCE", claim.getStatus()));
        }
        return Optional.empty();
    }

    /** The moves this actor may make on this claim now — what the claim page offers as buttons. */
    public static List<Transition> available(UserAccount actor, Claim claim) {
        return Transition.from(claim.getStatus()).stream()
                .filter(t -> personalRefusal(actor, claim, t).isEmpty())
                .toList();
    }

    private static Optional<FactdeskException> personalRefusal(UserAccount actor, Claim claim, Transition transition) {
        Objects.requireNonNull(actor, "actor");
        if (!transition.isAllowedFrom(claim.getStatus())) {
            return Optional.of(new InvalidTransitionException(transition, claim.getStatus()));
        }
        if (!actor.hasRole(transition.getRole())) {
            return Optional.of(new ForbiddenException(
                    "error.transitionRole",
                    transition + " needs the role " + transition.getRole(),
                    transition,
                    transition.getRole()));
        }
        if (transition == Transition.SUBMIT && !isAssignee(actor, claim) && !actor.hasRole(Role.EDITOR)) {
            return Optional.of(new ForbiddenException(
                    "error.notAssignee", "Only the assigned fact-checker or an editor may submit this verdict"));
        }
        if (transition == Transition.APPROVE
                && claim.getVerdict() != null
                && actor.getUsername().equals(claim.getVerdict().getDraftedBy())) {
            return Optional.of(new ForbiddenException(
                    "error.fourEyes", "You drafted this verdict; somebody else must approve it"));
        }
        return Optional.empty();
    }

    /** May the actor write or rewrite the verdict draft? The assignee or an editor, while the claim is in review. */
    public static Optional<FactdeskException> draftRefusal(UserAccount actor, Claim claim) {
        if (claim.getStatus() != org.factdesk.model.claim.ClaimStatus.IN_REVIEW) {
            return Optional.of(new InvalidTransitionException("DRAFT_VERDICT", claim.getStatus()));
        }
        if (!actor.hasRole(Role.FACT_CHECKER) && !actor.hasRole(Role.EDITOR)) {
            return Optional.of(new ForbiddenException(
                    "error.roleRequired", "Drafting a verdict needs the role FACT_CHECKER", "FACT_CHECKER"));
        }
        if (!isAssignee(actor, claim) && !actor.hasRole(Role.EDITOR)) {
            return Optional.of(new ForbiddenException(
                    "error.notAssignee", "Only the assigned fact-checker or an editor may draft this verdict"));
        }
        return Optional.empty();
    }

    private static boolean isAssignee(UserAccount actor, Claim claim) {
        return claim.getAssignee() != null && claim.getAssignee().getUsername().equals(actor.getUsername());
    }
}
