package org.factdesk.web.view.claim;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.factdesk.model.evidence.Evidence;
import org.factdesk.model.evidence.EvidenceKind;
import org.factdesk.model.evidence.InformationCredibility;
import org.factdesk.model.evidence.SourceReliability;
import org.factdesk.model.evidence.Stance;
import org.factdesk.service.evidence.EvidenceService;
import org.factdesk.service.evidence.NewEvidence;
import org.factdesk.web.view.Feedback;

/**
 * The add-evidence dialog, and the switch in the evidence list between internal and shown on the public
 * fact-check. Both Admiralty grades are asked for separately, each with its meaning, because a reliable source
 * can pass on doubtful information. New evidence is internal unless the desk ticks the box.
 */
@Named
@ViewScoped
public class EvidenceDialog implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of(
            "url",
            "evidenceForm:url",
            "description",
            "evidenceForm:description",
            "kind",
            "evidenceForm:kind",
            "stance",
            "evidenceForm:stance",
            "reliability",
            "evidenceForm:reliability",
            "credibility",
            "evidenceForm:credibility");

    @Inject
    ClaimBacking page;

    @Inject
    ConflictNotice notice;

    @Inject
    EvidenceService evidence;

    @Inject
    Feedback feedback;

    private String url;
    private String description;
    private EvidenceKind kind;
    private Stance stance;
    private SourceReliability reliability;
    private InformationCredibility credibility;
    private boolean shownPublicly;

    public void submit() {
        try {
            evidence.add(
                    page.getClaimId(),
                    new NewEvidence(url, description, kind, stance, reliability, credibility, shownPublicly));
            shownPublicly = false;
            url = null;
            description = null;
            kind = null;
            stance = null;
            reliability = null;
            credibility = null;
            page.reload();
            feedback.info("claim.message.evidenceAdded");
        } catch (RuntimeException e) {
            notice.failed(e, FIELDS);
        }
    }

    /** Shows the piece on the public fact-check, or makes it internal, from the version this page loaded. */
    public void toggleShown(Evidence item) {
        try {
            boolean shown = !item.isShownPublicly();
            evidence.setShownPublicly(page.getClaimId(), item.getId(), shown, item.getVersion());
            page.reload();
            feedback.info(shown ? "claim.message.evidenceShown" : "claim.message.evidenceInternal");
        } catch (RuntimeException e) {
            notice.failed(e, Map.of());
        }
    }

    public EvidenceKind[] getKinds() {
        return EvidenceKind.values();
    }

    public Stance[] getStances() {
        return Stance.values();
    }

    public SourceReliability[] getReliabilities() {
        return SourceReliability.values();
    }

    public InformationCredibility[] getCredibilities() {
        return InformationCredibility.values();
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public EvidenceKind getKind() {
        return kind;
    }

    public void setKind(EvidenceKind kind) {
        this.kind = kind;
    }

    public Stance getStance() {
        return stance;
    }

    public void setStance(Stance stance) {
        this.stance = stance;
    }

    public SourceReliability getReliability() {
        return reliability;
    }

    public void setReliability(SourceReliability reliability) {
        this.reliability = reliability;
    }

    public InformationCredibility getCredibility() {
        return credibility;
    }

    public void setCredibility(InformationCredibility credibility) {
        this.credibility = credibility;
    }

    public boolean isShownPublicly() {
        return shownPublicly;
    }

    public void setShownPublicly(boolean shownPublicly) {
        this.shownPublicly = shownPublicly;
    }
}
