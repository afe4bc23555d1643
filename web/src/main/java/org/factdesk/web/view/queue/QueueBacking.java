package org.factdesk.web.view.queue;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.factdesk.model.claim.Claim;
import org.factdesk.model.claim.ClaimStatus;
import org.factdesk.model.desk.Desk;
import org.factdesk.service.desk.DeskService;
import org.factdesk.service.queue.ClaimFilter;
import org.factdesk.service.queue.ClaimQueue;
import org.factdesk.service.search.SearchIndexState;
import org.factdesk.web.view.Feedback;

/**
 * The review queue (/queue/index.xhtml). Filters live in the URL as view parameters, so a filtered queue can
 * be bookmarked and shared; applying filters redirects to the new URL. Paging and sorting are ajax on the
 * view-scoped table model, and everything is done by the database.
 */
@Named
@ViewScoped
public class QueueBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String SELF = "/queue/index?faces-redirect=true";

    @Inject
    ClaimQueue queue;

    @Inject
    DeskService desks;

    @Inject
    Feedback feedback;

    @Inject
    SearchIndexState searchIndex;

    private String rebuildingNotice;

    private String status;
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
    private String viewQuery;

    /** Reads the view parameters once per GET; ajax paging keeps the model. */
    public void init() {
        statuses = status == null
                ? new ClaimStatus[0]
                : Arrays.stream(status.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .flatMap(s -> Arrays.stream(ClaimStatus.values())
                                .filter(v -> v.name().equalsIgnoreCase(s)))
                        .toArray(ClaimStatus[]::new);
        username = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        now = Instant.now();
        deskOptions = desks.listAll();
        SearchIndexState.Progress index = searchIndex.progress();
        rebuildingNotice = index.phase() == SearchIndexState.Phase.REBUILDING
                ? feedback.text("queue.message.rebuilding", index.percent())
                : null;
        try {
            queue.check(filter());
            claims = new ClaimLazyModel(queue, this::filter);
        } catch (RuntimeException e) {
            feedback.show(e, Map.of("q", "filters:text"));
            claims = new ClaimLazyModel(queue, this::filter, true);
        }
        exportQuery = ExportLink.query(filter(), on(mine));
        String query = ((HttpServletRequest)
                        FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getQueryString();
        viewQuery = query == null ? "" : query;
    }

    ClaimFilter filter() {
        return ClaimFilter.all()
                .withStatuses(Set.copyOf(Arrays.asList(statuses)))
                .withDesk(desk)
                .withAssignee(on(mine) ? username : null)
                .withUnassigned(on(unassigned))
                .withText(text)
                .withAttributedOnly(on(attributed))
                .withOverdueOnly(on(overdue));
    }

    /** New filters become the URL: the redirect carries them as view parameters. */
    public String apply() {
        status = statuses.length == 0
                ? null
                : Arrays.stream(statuses).map(ClaimStatus::name).collect(Collectors.joining(","));
        mine = on(mine) ? true : null;
        unassigned = on(unassigned) ? true : null;
        attributed = on(attributed) ? true : null;
        overdue = on(overdue) ? true : null;
        return SELF + "&includeViewParams=true";
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

    /** The URL's query string as this GET arrived: what "save this queue" keeps. */
    public String getViewQuery() {
        return viewQuery;
    }

    public String getExportQuery() {
        return exportQuery;
    }

    public ClaimLazyModel getClaims() {
        return claims;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
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
