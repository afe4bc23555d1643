package org.factdesk.web.view.queue;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Set;
import org.factdesk.model.claim.ClaimStatus;
import org.factdesk.service.queue.ClaimFilter;

/**
 * The queue's filter form as the user edits it. It shows the filter the URL names and gives back the filter it
 * now says; the toggles are null when off, so the form sends nothing for them.
 */
public final class FilterForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private ClaimStatus[] statuses;
    private String desk;
    private String text;
    private Boolean mine;
    private Boolean unassigned;
    private Boolean attributed;
    private Boolean overdue;

    /** Shows the filter; "mine" is ticked when its assignee is the user. */
    void show(ClaimFilter filter, String username) {
        statuses = filter.statuses().stream().sorted().toArray(ClaimStatus[]::new);
        desk = filter.desk();
        text = filter.text();
        mine = filter.assignee() != null && filter.assignee().equals(username) ? true : null;
        unassigned = filter.unassigned() ? true : null;
        attributed = filter.attributedOnly() ? true : null;
        overdue = filter.overdueOnly() ? true : null;
    }

    /** The filter as the form now says it; an assignee other than the user, from a shared link, is kept. */
    ClaimFilter toFilter(ClaimFilter shown, String username) {
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

    private static boolean on(Boolean toggle) {
        return Boolean.TRUE.equals(toggle);
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
