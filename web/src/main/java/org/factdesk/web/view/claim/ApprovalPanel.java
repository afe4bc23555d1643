package org.factdesk.web.view.claim;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.factdesk.model.claim.Claim;
import org.factdesk.model.claim.Transition;
import org.factdesk.service.claim.ClaimPermissions;
import org.factdesk.service.verdict.VerdictChange;
import org.factdesk.service.verdict.VerdictService;

/**
 * The approver's view of a verdict awaiting approval: what changed since the last submission, old → new, with
 * Approve and Send back next to it. Filled by {@link ClaimBacking} whenever it (re)loads the claim. Whether
 * Approve is offered is the workflow's answer; the drafter gets a note saying why it is not.
 */
@Named
@ViewScoped
public class ApprovalPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    VerdictService verdicts;

    private boolean shown;
    private boolean drafter;
    private boolean mayApprove;
    private boolean maySendBack;
    private List<VerdictChange> changes = List.of();

    /**
     * Shown to editors while the claim awaits approval; hidden, and its changes dropped, otherwise — as the
     * service's permissions say, including four eyes.
     */
    void show(Claim claim, ClaimPermissions can) {
        shown = can.approvalReview();
        changes = shown ? verdicts.changesSinceLastSubmission(claim.getId()) : List.of();
        drafter = shown && can.drafter();
        mayApprove = shown && can.mayMake(Transition.APPROVE);
        maySendBack = shown && can.mayMake(Transition.SEND_BACK);
    }

    /** Approve and Send back live in this panel while it is shown, not among the header's buttons. */
    public boolean handles(Transition move) {
        return shown && (move == Transition.APPROVE || move == Transition.SEND_BACK);
    }

    public boolean isShown() {
        return shown;
    }

    public boolean isDrafter() {
        return drafter;
    }

    public boolean isMayApprove() {
        return mayApprove;
    }

    public boolean isMaySendBack() {
        return maySendBack;
    }

    public List<VerdictChange> getChanges() {
        return changes;
    }

    public Transition getApprove() {
        return Transition.APPROVE;
    }

    public Transition getSendBack() {
        return Transition.SEND_BACK;
    }
}
