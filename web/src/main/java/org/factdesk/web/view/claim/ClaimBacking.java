package org.factdesk.web.view.claim;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.factdesk.model.claim.Claim;
import org.factdesk.model.claim.Comment;
import org.factdesk.model.claim.Transition;
import org.factdesk.service.claim.ClaimDetail;
import org.factdesk.service.claim.ClaimPermissions;
import org.factdesk.service.claim.ClaimService;
import org.factdesk.service.claim.TimelineEntry;
import org.factdesk.service.common.ConflictException;
import org.factdesk.service.intake.CheckedElsewhere;
import org.factdesk.service.intake.IntakeService;
import org.factdesk.web.view.Feedback;
import org.primefaces.PrimeFaces;

/**
 * The claim page (/claim/index.xhtml?id=N): the claim as loaded, with the version every action sends back.
 * The page's forms ({@link TransitionDialog}, {@link EvidenceDialog}, {@link VerdictForm}, {@link CommentForm}) act through their own
 * beans and come back here to reload after success, or to show a conflict — never a silent overwrite.
 */
@Named
@ViewScoped
public class ClaimBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHORT_STATEMENT = 60;

    @Inject
    ClaimService claims;

    @Inject
    Feedback feedback;

    @Inject
    ClaimTexts texts;

    @Inject
    ApprovalPanel approval;

    @Inject
    IntakeService intake;

    private ClaimDetail detail;
    private long claimId;
    private String shortStatement;
    private String conflict;
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
        conflict = null;
        PrimeFaces.current().executeScript("factdesk.dirty = false");
    }

    private void show() {
        approval.show(detail.claim(), detail.permissions());
        checkedElsewhere = intake.checkedElsewhere(detail.claim().getStatement());
        shortStatement = shortened(detail.claim().getStatement());
    }

    /** The statement cut to fit a breadcrumb, at a word boundary where there is one. */
    private static String shortened(String statement) {
        if (statement.length() <= SHORT_STATEMENT) {
            return statement;
        }
        int cut = statement.lastIndexOf(' ', SHORT_STATEMENT);
        return statement
                        .substring(0, cut > SHORT_STATEMENT / 2 ? cut : SHORT_STATEMENT)
                        .stripTrailing() + "…";
    }

    /**
     * Someone else changed the claim while this page holds unsaved input: say so with a Reload button, but keep
     * both the input and the version it was based on, so a save still meets the conflict check.
     */
    void changedElsewhere(String username) {
        conflict = feedback.text("claim.message.changedElsewhere", texts.displayName(username));
    }

    /** Re-reads the comments only; the claim and its version stay as shown. */
    void refreshComments() {
        ClaimDetail fresh = claims.getDetail(claimId);
        detail = new ClaimDetail(detail.claim(), fresh.comments(), detail.timeline(), detail.permissions());
    }

    /** How every form on this page reports a failed action; a conflict also offers Reload. */
    public void failed(RuntimeException failure, Map<String, String> fields) {
        if (feedback.show(failure, fields) instanceof ConflictException changed) {
            conflict = feedback.conflict(changed);
        }
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

    public String getConflict() {
        return conflict;
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
