package org.factdesk.web.view.queue;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdesk.model.claim.Claim;
import org.factdesk.model.claim.ClaimStatus;
import org.factdesk.model.desk.Desk;
import org.factdesk.service.desk.DeskService;
import org.factdesk.service.queue.ClaimFilter;
import org.factdesk.service.queue.ClaimQueue;
import org.factdesk.service.queue.QueueLink;
import org.factdesk.service.search.SearchIndexState;
import org.factdesk.web.view.Feedback;

/**
 * The review queue (/queue/index.xhtml). Filters live in the URL, in the queue's one URL form ({@link QueueLink},
 * the parameters of {@code GET /api/claims}), so a filtered queue can be bookmarked, shared and saved; applying
 * filters redirects to the new URL. Paging and sorting are ajax on the
 * view-scoped table model, and everything is done by the database.
 */
@Named
@ViewScoped
public class QueueBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String SELF = "/queue/index?faces-redirect=true";
    private static final String PAGE = "/queue/index.xhtml";

    @Inject
    ClaimQueue queue;

    @Inject
    DeskService desks;

    @Inject
    Feedback feedback;

    @Inject
    SearchIndexState searchIndex;

    private String rebuildingNotice;

    /** The filter the URL names: what the table shows until the next GET. */
    private ClaimFilter shown = ClaimFilter.all();

    private ClaimStatus[] statuses;
    private String desk;
    private String text;
    private Boolean mine;
    private Boolean unassigned;
    private Boolean attributed;
    private Boolean overdue;

    private String username;
    private Instant now;
    private List<Desk> deskOptions;
    private ClaimLazyModel claims;
    private String exportQuery;

    /** Reads the filter from the URL once per GET; ajax paging keeps the model. */
    public void init() {
        FacesContext faces = FacesContext.getCurrentInstance();
        username = faces.getExternalContext().getRemoteUser();
        now = Instant.now();
        deskOptions = desks.listAll();
        SearchIndexState.Progress index = searchIndex.progress();
        rebuildingNotice = index.phase() == SearchIndexState.Phase.REBUILDING
                ? feedback.text("queue.message.rebuilding", index.percent())
                : null;
        Map<String, String[]> parameters = faces.getExternalContext().getRequestParameterValuesMap();
        try {
            shown = QueueLink.filter(
                    name -> parameters.containsKey(name) ? Arrays.asList(parameters.get(name)) : null, username);
            showInForm(shown);
            queue.check(shown);
            claims = new ClaimLazyModel(queue, this::filter);
        } catch (QueueLink.BadValue bad) {
            feedback.error("filters:status", "error.badParameter", bad.parameter(), bad.value());
            shown = ClaimFilter.all();
            claims = new ClaimLazyModel(queue, this::filter, true);
        } catch (RuntimeException e) {
            feedback.show(e, Map.of("q", "filters:text"));
            claims = new ClaimLazyModel(queue, this::filter, true);
        }
        exportQuery = QueueLink.query(shown, username);
    }

    private void showInForm(ClaimFilter filter) {
        statuses = filter.statuses().stream().sorted().toArray(ClaimStatus[]::new);
        desk = filter.desk();
        text = filter.text();
        mine = filter.assignee() != null && filter.assignee().equals(username) ? true : null;
        unassigned = filter.unassigned() ? true : null;
        attributed = filter.attributedOnly() ? true : null;
        overdue = filter.overdueOnly() ? true : null;
    }

    ClaimFilter filter() {
        return shown;
    }

    /** The filter as the form now says it; an assignee other than the user, from a shared link, is kept. */
    private ClaimFilter fromForm() {
        String assignee = on(mine)
                ? username
                : shown.assignee() != null && !shown.assignee().equals(username) ? shown.assignee() : null;
        return ClaimFilter.all()
                .withStatuses(Set.copyOf(Arrays.asList(statuses)))
                .withDesk(desk == null || desk.isBlank() ? null : desk)
                .withAssignee(assignee)
                .withUnassigned(on(unassigned))
                .withText(text == null || text.isBlank() ? null : text)
                .withAttributedOnly(on(attributed))
                .withOverdueOnly(on(overdue));
    }

    /** New filters become the URL: a redirect to the queue's URL form of them. */
    public String apply() throws IOException {
        String query = QueueLink.query(fromForm(), username);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + PAGE + (query.isEmpty() ? "" : "?" + query));
        return null;
    }

    public String clear() {
        return SELF;
    }

    /** Whether a claim's due time has passed while it is still open; "now" is when the page was opened. */
    public boolean overdue(Claim claim) {
        return claim.isOverdue(now);
    }

    private static boolean on(Boolean toggle) {
        return Boolean.TRUE.equals(toggle);
    }

    /** While the search index is rebuilt: how far it is, and that text search waits for it; else null. */
    public String getRebuildingNotice() {
        return rebuildingNotice;
    }

    public ClaimStatus[] getAllStatuses() {
        return ClaimStatus.values();
    }

    public List<Desk> getDeskOptions() {
        return deskOptions;
    }

    /** The queue's URL form of what it shows: what "save this queue" keeps. */
    public String getViewQuery() {
        return exportQuery;
    }

    public String getExportQuery() {
        return exportQuery;
    }

    public ClaimLazyModel getClaims() {
        return claims;
    }

    public ClaimStatus[] getStatuses() {
        return statuses;
    }

    public void setStatuses(ClaimStatus[] statuses) {
        this.statuses = statuses == null ? new ClaimStatus[0] : statuses;
    }

    public String getDesk() {
        return desk;
    }

    public void setDesk(String desk) {
        this.desk = desk;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Boolean getMine() {
        return mine;
    }

    public void setMine(Boolean mine) {
        this.mine = mine;
    }

    public Boolean getUnassigned() {
        return unassigned;
    }

    public void setUnassigned(Boolean unassigned) {
        this.unassigned = unassigned;
    }

    public Boolean getAttributed() {
        return attributed;
    }

    public void setAttributed(Boolean attributed) {
        this.attributed = attributed;
    }

    public Boolean getOverdue() {
        return overdue;
    }

    public void setOverdue(Boolean overdue) {
        this.overdue = overdue;
    }
}
