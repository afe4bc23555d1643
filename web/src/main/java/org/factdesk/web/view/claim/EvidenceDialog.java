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
import org.factdesk.web.view.Feedback;

/**
 * The add-evidence dialog, and the switch in the evidence list between internal and shown on the public
 * fact-check. Both Admiralty grades are asked for separately, each with its meaning, because a reliable source
 * can pass on doubtful information ({@link EvidenceForm}). New evidence is internal unless the desk ticks the box.
 */
@Named
@ViewScoped
public class EvidenceDialog implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClaimBacking page;

    @Inject
    ConflictNotice notice;

    @Inject
    EvidenceService evidence;

    @Inject
    Feedback feedback;

    private EvidenceForm form = new EvidenceForm();

    public void submit() {
        try {
            evidence.add(page.getClaimId(), form.toNewEvidence());
            form = new EvidenceForm();
            page.reload();
            feedback.info("claim.message.evidenceAdded");
        } catch (RuntimeException e) {
            notice.failed(e, EvidenceForm.FIELDS);
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

    public EvidenceForm getForm() {
        return form;
    }
}
