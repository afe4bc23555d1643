package org.factdesk.web.view.claim;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.factdesk.model.account.Role;
import org.factdesk.model.account.UserAccount;
import org.factdesk.model.claim.Transition;
import org.factdesk.service.account.AccountService;
import org.factdesk.service.claim.ClaimService;
import org.factdesk.service.claim.TransitionRequest;
import org.factdesk.web.view.Feedback;

/**
 * Moving the claim through the workflow. Moves that need nothing more happen at once; moves that need a reason
 * or a fact-checker open the dialog first. Which moves exist is the service's answer, never this bean's.
 */
@Named
@ViewScoped
public class TransitionDialog implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS =
            Map.of("reason", "transitionForm:reason", "assignee", "transitionForm:assignee");

    @Inject
    ClaimBacking page;

    @Inject
    ConflictNotice notice;

    @Inject
    ClaimService claims;

    @Inject
    AccountService accounts;

    @Inject
    Feedback feedback;

    private Transition transition;
    private String reason;
    private String assignee;
    private List<UserAccount> checkers = List.of();

    /** Prepares the dialog for a move that needs a reason or an assignee. */
    public void open(Transition move) {
        if (move != transition) {
            reason = null;
            assignee = null;
        }
        transition = move;
        if (move.needsAssignee()) {
            checkers = accounts.listActiveWithRole(Role.FACT_CHECKER);
        }
    }

    /** A move that needs nothing more than a click. */
    public void move(Transition move) {
        transition = move;
        reason = null;
        assignee = null;
        submit();
    }

    public void submit() {
        try {
            claims.transition(
                    page.getClaimId(), new TransitionRequest(transition, page.getVersion(), reason, assignee));
            feedback.info(
                    "claim.message.moved",
                    feedback.text("Transition." + transition.name()),
                    feedback.text("ClaimStatus." + transition.getTo().name()));
            reason = null;
            assignee = null;
            page.reload();
        } catch (RuntimeException e) {
            notice.failed(e, FIELDS);
        }
    }

    public Transition getTransition() {
        return transition;
    }

    public List<UserAccount> getCheckers() {
        return checkers;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }
}
