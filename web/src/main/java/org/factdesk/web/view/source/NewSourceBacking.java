package org.factdesk.web.view.source;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.factdesk.model.claim.Claim;
import org.factdesk.model.desk.Desk;
import org.factdesk.model.source.Source;
import org.factdesk.service.claim.ClaimService;
import org.factdesk.service.desk.DeskService;
import org.factdesk.service.source.SourceService;
import org.factdesk.web.view.Feedback;

/**
 * The source intake form. Step 1 registers the source ({@link SourceForm}); step 2 shows its text, and the
 * passage the user selects (offsets captured in the browser against the text) becomes the quote and the
 * appearance excerpt of a new claim ({@link ClaimForm}). The service checks the offsets against the stored text,
 * so a stale or forged selection cannot slip in.
 */
@Named
@ViewScoped
public class NewSourceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The source as registered, whose text step 2 shows for selecting. */
    public record Registered(long id, String publisher, String headline, String body) implements Serializable {}

    @Inject
    transient SourceService sources;

    @Inject
    transient ClaimService claims;

    @Inject
    transient DeskService desks;

    @Inject
    transient Feedback feedback;

    private final SourceForm sourceForm = new SourceForm();
    private final ClaimForm claimForm = new ClaimForm();
    private Registered registered;
    private List<Desk> deskList;

    @PostConstruct
    void init() {
        deskList = desks.listAll();
        claimForm.setDesk(deskList.isEmpty() ? null : deskList.get(0).getCode());
    }

    /** Step 1: registers the source (a URL already on file is reused) and moves to the selection step. */
    public void register() {
        try {
            Source source = sources.create(sourceForm.toNewSource());
            registered = new Registered(
                    source.getId(),
                    source.getPublisher(),
                    source.getHeadline(),
                    source.getBody() == null ? "" : source.getBody());
            feedback.info("source_new.message.registered");
        } catch (RuntimeException e) {
            feedback.show(e, SourceForm.FIELDS);
        }
    }

    /** Step 2: opens a claim whose quote and appearance excerpt are the selected passage, then shows it. */
    public void createClaim() throws IOException {
        boolean ok = true;
        if (!claimForm.hasSelection()) {
            feedback.error("claim:selection", "source_new.message.selectionRequired");
            ok = false;
        }
        if (!claimForm.hasStatement()) {
            feedback.error("claim:statement", "source_new.message.statementRequired");
            ok = false;
        }
        if (claimForm.isAttributed() && !claimForm.hasVerb()) {
            feedback.error("claim:verb", "source_new.message.verbRequired");
            ok = false;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!ok) {
            faces.validationFailed();
            return;
        }
        try {
            // the service checks that the offsets pick out the selection in the stored text
            Claim claim = claims.create(claimForm.toNewClaim(registered.id()));
            faces.getExternalContext()
                    .redirect(faces.getExternalContext().getRequestContextPath() + "/claim/index.xhtml?id="
                            + claim.getId());
        } catch (RuntimeException e) {
            feedback.show(e, ClaimForm.FIELDS);
        }
    }

    public SourceForm getSourceForm() {
        return sourceForm;
    }

    public ClaimForm getClaimForm() {
        return claimForm;
    }

    /** The registered source, or null while step 1 is shown. */
    public Registered getRegistered() {
        return registered;
    }

    public List<Desk> getDeskList() {
        return deskList;
    }
}
