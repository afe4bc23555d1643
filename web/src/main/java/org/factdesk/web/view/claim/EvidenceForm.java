package org.factdesk.web.view.claim;

import java.io.Serializable;
import java.util.Map;
import org.factdesk.model.evidence.EvidenceKind;
import org.factdesk.model.evidence.InformationCredibility;
import org.factdesk.model.evidence.SourceReliability;
import org.factdesk.model.evidence.Stance;
import org.factdesk.service.evidence.NewEvidence;

/** What the add-evidence dialog asks for: a piece of evidence, graded on both Admiralty scales; internal by default. */
public final class EvidenceForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The service's names for these fields, and the inputs that show their errors. */
    static final Map<String, String> FIELDS = Map.of(
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

    private String url;
    private String description;
    private EvidenceKind kind;
    private Stance stance;
    private SourceReliability reliability;
    private InformationCredibility credibility;
    private boolean shownPublicly;

    NewEvidence toNewEvidence() {
        return new NewEvidence(url, description, kind, stance, reliability, credibility, shownPublicly);
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
