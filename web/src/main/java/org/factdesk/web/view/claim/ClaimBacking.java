package org.factdesk.web.view.claim;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.factdesk.model.claim.Claim;
import org.factdesk.model.claim.Comment;
import org.factdesk.model.claim.Transition;
import org.factdesk.service.claim.ClaimDetail;
import org.factdesk.service.claim.ClaimPermissions;
import org.factdesk.service.claim.ClaimService;
import org.factdesk.service.claim.TimelineEntry;
import org.factdesk.service.intake.CheckedElsewhere;
import org.factdesk.service.intake.IntakeService;
import org.primefaces.PrimeFaces;

/**
 * The claim page (/claim/index.xhtml?id=N): the claim as loaded, with the version every action sends back.
 * The page's forms ({@link TransitionDialog}, {@link EvidenceDialog}, {@link VerdictForm}, {@link CommentForm}) act
 * through their own beans and come back here to reload after success; a failure goes to {@link ConflictNotice}.
 */
@Named
@ViewScoped
public class ClaimBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClaimService claims;

    @Inject
    ConflictNotice notice;

    @Inject
    ApprovalPanel approval;

    @Inject
    IntakeService intake;

    private ClaimDetail detail;
    private long claimId;
    private String shortStatement;
    private List<CheckedElsewhere> checkedElsewhere = List.of();

    /**
     * The view action, once the id parameter has become the claim ({@link ClaimDetailConverter}; a claim that is
     * not there for this user has already been answered with 404): fills what the page shows beside the claim.
     */
    public void load() {
        claimId = detail.claim().getId();
        show();
    }

    /** Shows the claim as it is now, dropping any conflict notice; what was typed in forms stays. */
    public void reload() {
        detail = claims.getDetail(claimId);
        show();
        notice.clear();
        PrimeFaces.current().executeScript("factdesk.dirty = false");
    }

    private void show() {
        approval.show(detail.claim(), detail.permissions());
        checkedElsewhere = intake.checkedElsewhere(detail.claim().getStatement());
        shortStatement = ClaimTexts.shortened(detail.claim().getStatement());
    }

    /** Re-reads the comments only; the claim and its version stay as shown. */
    void refreshComments() {
        ClaimDetail fresh = claims.getDetail(claimId);
        detail = new ClaimDetail(detail.claim(), fresh.comments(), detail.timeline(), detail.permissions());
    }

    public long getClaimId() {
        return claimId;
    }

    public long getVersion() {
        return detail.claim().getVersion();
    }

    public Claim getClaim() {
        return detail.claim();
    }

    public String getShortStatement() {
        return shortStatement;
    }

    /** What this user may do with the claim, as the service decided it: the page only reads it. */
    public ClaimPermissions getPermissions() {
        return detail.permissions();
    }

    /** The assertion is answered only once a verdict is public; until then it is unverified. */
    public boolean isVerified() {
        return detail.claim().isVerdictPublic();
    }

    public List<Comment> getComments() {
        return detail.comments();
    }

    public List<TimelineEntry> getTimeline() {
        return detail.timeline();
    }

    public List<Transition> getTransitions() {
        return detail.availableTransitions();
    }

    /** Fact-checks other organisations published on claims like this one ("already checked by …"). */
    public List<CheckedElsewhere> getCheckedElsewhere() {
        return checkedElsewhere;
    }

    public ClaimDetail getDetail() {
        return detail;
    }

    /** Set from the id parameter by {@link ClaimDetailConverter}. */
    public void setDetail(ClaimDetail detail) {
        this.detail = detail;
    }

    /** Whether this user may add evidence and switch it between internal and public (the service's answer). */
    public boolean isEvidenceEditable() {
        return detail.permissions().mayChangeEvidence();
    }

    /** A reporter-only reader of an unpublished claim sees no draft verdict (docs/security.md). */
    public boolean isDraftsHidden() {
        return detail.permissions().draftsHidden();
    }
}
