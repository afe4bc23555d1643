package org.factdesk.web.view.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.model.account.Role;
import org.factdesk.model.claim.Claim;
import org.factdesk.model.claim.ClaimStatus;
import org.factdesk.model.claim.StatusChange;
import org.factdesk.service.common.Page;
import org.factdesk.service.queue.ClaimFilter;
import org.factdesk.service.queue.ClaimQueue;
import org.factdesk.service.queue.ClaimSort;
import org.factdesk.service.queue.Overview;

/**
 * The dashboard (/dashboard/index.xhtml). Everything is read once when the page is built; each number on the
 * page is a link to the queue URL whose filters produce exactly that number.
 */
@Named
@RequestScoped
public class DashboardBacking {

    private static final int LIST_SIZE = 8;

    /** One desk's row of the desk × status table. */
    public record DeskRow(String code, String name, Map<ClaimStatus, Long> counts, long total) {}

    @Inject
    ClaimQueue queue;

    @Inject
    Overview overview;

    @Inject
    FacesContext faces;

    private Map<ClaimStatus, Long> statusCounts;
    private long total;
    private List<DeskRow> desks;
    private Page<Claim> mine;
    private Page<Claim> overdue;
    private boolean editor;
    private List<Claim> awaitingApproval = List.of();
    private List<StatusChange> recent;

    @PostConstruct
    void init() {
        ExternalContext external = faces.getExternalContext();
        String username = external.getRemoteUser();
        Overview.Counts counts = overview.counts();
        statusCounts = counts.byStatus();
        total = counts.total();
        Map<String, DeskRow> byDesk = new LinkedHashMap<>();
        for (Overview.DeskStatusCount count : counts.byDesk()) {
            DeskRow row = byDesk.computeIfAbsent(
                    count.deskCode(), code -> new DeskRow(code, count.deskName(), new EnumMap<>(ClaimStatus.class), 0));
            row.counts().put(count.status(), count.count());
            byDesk.put(row.code(), new DeskRow(row.code(), row.name(), row.counts(), row.total() + count.count()));
        }
        desks = List.copyOf(byDesk.values());
        mine = queue.page(ClaimFilter.all().withAssignee(username), ClaimSort.DEFAULT, 0, LIST_SIZE);
        overdue = queue.page(ClaimFilter.all().withOverdueOnly(true), ClaimSort.DEFAULT, 0, LIST_SIZE);
        editor = external.isUserInRole(Role.EDITOR_NAME);
        if (editor) {
            awaitingApproval = overview.awaitingMyApproval(LIST_SIZE);
        }
        recent = overview.recentChanges(LIST_SIZE);
    }

    public ClaimStatus[] getStatuses() {
        return ClaimStatus.values();
    }

    public Map<ClaimStatus, Long> getStatusCounts() {
        return statusCounts;
    }

    public long getTotal() {
        return total;
    }

    public List<DeskRow> getDesks() {
        return desks;
    }

    public Page<Claim> getMine() {
        return mine;
    }

    public Page<Claim> getOverdue() {
        return overdue;
    }

    public boolean isEditor() {
        return editor;
    }

    public List<Claim> getAwaitingApproval() {
        return awaitingApproval;
    }

    public List<StatusChange> getRecent() {
        return recent;
    }
}
