package org.factdesk.web.view.source;

import java.io.Serializable;
import java.util.Map;
import org.factdesk.service.claim.NewClaim;

/**
 * Step 2 of the new-source page: the passage selected in the source's text (its offsets, taken in the browser),
 * the statement to check, the desk, and who said it, if anyone.
 */
public final class ClaimForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The service's names for these fields, and the inputs that show their errors. */
    static final Map<String, String> FIELDS = Map.of(
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
            "claim:selection");

    private Integer start;
    private Integer end;
    private String selection;
    private String statement;
    private String desk;
    private String speaker;
    private String role;
    private String organisation;
    private String verb;

    boolean hasSelection() {
        return start != null && end != null && selection != null && !selection.isEmpty();
    }

    boolean hasStatement() {
        return statement != null && !statement.isBlank();
    }

    boolean isAttributed() {
        return speaker != null && !speaker.isBlank();
    }

    boolean hasVerb() {
        return verb != null && !verb.isBlank();
    }

    /** A claim whose quote and appearance excerpt are the selected passage of the registered source. */
    NewClaim toNewClaim(long sourceId) {
        NewClaim.Speaker said = isAttributed()
                ? new NewClaim.Speaker(
                        speaker.strip(),
                        null,
                        SourceForm.blankToNull(role),
                        SourceForm.blankToNull(organisation),
                        verb.strip())
                : null;
        return new NewClaim(
                statement.strip(),
                selection,
                null,
                desk,
                null,
                null,
                null,
                null,
                said,
                new NewClaim.Placement(sourceId, null, selection, start, end, null));
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
}
