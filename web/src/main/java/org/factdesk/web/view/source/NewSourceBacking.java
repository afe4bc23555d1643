package org.factdesk.web.view.source;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.factdesk.model.claim.Claim;
import org.factdesk.model.desk.Desk;
import org.factdesk.model.source.Source;
import org.factdesk.service.claim.ClaimService;
import org.factdesk.service.claim.NewClaim;
import org.factdesk.service.desk.DeskService;
import org.factdesk.service.source.SourceService;
import org.factdesk.web.view.Feedback;

/**
 * The source intake form. Step 1 registers the source; step 2 shows its text, and the passage the user selects
 * (offsets captured in the browser against the text) becomes the quote and the appearance excerpt of a new
 * claim. The service checks the offsets against the stored text, so a stale or forged selection cannot slip in.
 */
@Named
@ViewScoped
public class NewSourceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SourceService sources;

    @Inject
    transient ClaimService claims;

    @Inject
    transient DeskService desks;

    @Inject
    transient Feedback feedback;

    // step 1
    private String publisher;
    private String headline;
    private String url;
    private LocalDate publishedOn;
    private String dateline;
    private String body;

    // step 2
    private Long sourceId;
    private String sourcePublisher;
    private String sourceHeadline;
    private String sourceBody;
    private Integer start;
    private Integer end;
    private String selection;
    private String statement;
    private String desk;
    private String speaker;
    private String role;
    private String organisation;
    private String verb;
    private List<Desk> deskList;

    @PostConstruct
    void init() {
        deskList = desks.listAll();
        desk = deskList.isEmpty() ? null : deskList.get(0).getCode();
    }

    /** Step 1: registers the source (a URL already on file is reused) and moves to the selection step. */
    public void register() {
        try {
            // line breaks as the browser's DOM shows them, so offsets taken there match the stored text
            String text = body == null ? null : body.replace("\r\n", "\n").replace('\r', '\n');
            Source source = sources.create(new NewClaim.NewSource(
                    publisher, blankToNull(headline), blankToNull(url), blankToNull(dateline), publishedOn, text));
            sourceId = source.getId();
            sourcePublisher = source.getPublisher();
            sourceHeadline = source.getHeadline();
            sourceBody = source.getBody() == null ? "" : source.getBody();
            feedback.info("source_new.message.registered");
        } catch (RuntimeException e) {
            feedback.show(
                    e,
                    Map.of(
                            "publisher",
                            "source:publisher",
                            "headline",
                            "source:headline",
                            "url",
                            "source:url",
                            "dateline",
                            "source:dateline",
                            "body",
                            "source:body"));
        }
    }

    /** Step 2: opens a claim whose quote and appearance excerpt are the selected passage, then shows it. */
    public void createClaim() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        boolean ok = true;
        if (start == null || end == null || selection == null || selection.isEmpty()) {
            error(faces, "claim:selection", "source_new.message.selectionRequired");
            ok = false;
        }
        if (statement == null || statement.isBlank()) {
            error(faces, "claim:statement", "source_new.message.statementRequired");
            ok = false;
        }
        boolean attributed = speaker != null && !speaker.isBlank();
        if (attributed && (verb == null || verb.isBlank())) {
            error(faces, "claim:verb", "source_new.message.verbRequired");
            ok = false;
        }
        if (!ok) {
            faces.validationFailed();
            return;
        }
        // the service checks that the offsets pick out the selection in the stored text
        String passage = selection;
        NewClaim.Speaker said = attributed
                ? new NewClaim.Speaker(
                        speaker.strip(), null, blankToNull(role), blankToNull(organisation), verb.strip())
                : null;
        NewClaim input = new NewClaim(
                statement.strip(),
                passage,
                null,
                desk,
                null,
                null,
                null,
                null,
                said,
                new NewClaim.Placement(sourceId, null, passage, start, end, null));
        try {
            Claim claim = claims.create(input);
            faces.getExternalContext()
                    .redirect(faces.getExternalContext().getRequestContextPath() + "/claim/index.xhtml?id="
                            + claim.getId());
        } catch (RuntimeException e) {
            feedback.show(
                    e,
                    Map.of(
                            "statement",
                            "claim:statement",
                            "desk",
                            "claim:desk",
                            "name",
                            "claim:speaker",
                            "role",
                            "claim:role",
                            "affiliation",
                            "claim:organisation",
                            "verb",
                            "claim:verb",
                            "excerpt",
                            "claim:selection",
                            "appearance.excerpt",
                            "claim:selection",
                            "quote",
                            "claim:selection"));
        }
    }

    public boolean isRegistered() {
        return sourceId != null;
    }

    private void error(FacesContext faces, String clientId, String key) {
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, feedback.text(key), null));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    // ---- properties (no work in getters) ----

    public String getPublisher() {
        return publisher;
    }

    public void setPublisher(String publisher) {
        this.publisher = publisher;
    }

    public String getHeadline() {
        return headline;
    }

    public void setHeadline(String headline) {
        this.headline = headline;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(LocalDate publishedOn) {
        this.publishedOn = publishedOn;
    }

    public String getDateline() {
        return dateline;
    }

    public void setDateline(String dateline) {
        this.dateline = dateline;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Long getSourceId() {
        return sourceId;
    }

    public String getSourcePublisher() {
        return sourcePublisher;
    }

    public String getSourceHeadline() {
        return sourceHeadline;
    }

    public String getSourceBody() {
        return sourceBody;
    }

    public Integer getStart() {
        return start;
    }

    public void setStart(Integer start) {
        this.start = start;
    }

    public Integer getEnd() {
        return end;
    }

    public void setEnd(Integer end) {
        this.end = end;
    }

    public String getSelection() {
        return selection;
    }

    public void setSelection(String selection) {
        this.selection = selection;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }

    public String getDesk() {
        return desk;
    }

    public void setDesk(String desk) {
        this.desk = desk;
    }

    public String getSpeaker() {
        return speaker;
    }

    public void setSpeaker(String speaker) {
        this.speaker = speaker;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getVerb() {
        return verb;
    }

    public void setVerb(String verb) {
        this.verb = verb;
    }

    public List<Desk> getDeskList() {
        return deskList;
    }
}
