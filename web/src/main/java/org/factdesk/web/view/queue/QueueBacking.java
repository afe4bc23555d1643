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

    private final FilterForm filters = new FilterForm();
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
            filters.show(shown, username);
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

    ClaimFilter filter() {
        return shown;
    }

    /** New filters become the URL: a redirect to the queue's URL form of them. */
    public String apply() throws IOException {
        String query = QueueLink.query(filters.toFilter(shown, username), username);
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

    public FilterForm getFilters() {
        return filters;
    }
}
