package org.factdesk.web.view.queue;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.factdesk.model.claim.Priority;
import org.factdesk.service.queue.BulkAction;

/** What the bulk dialog asks for; each action reads only its own field. */
public final class BulkForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String assignee;
    private Priority priority;
    private LocalDateTime due;
    private String desk;
    private String tag;
    private String reason;

    /** The action the toolbar chose, with what the dialog asked for; the due time is in the newsroom's zone. */
    BulkAction action(BulkDialog.Kind kind, ZoneId zone) {
        return switch (kind) {
            case ASSIGN -> new BulkAction.Assign(assignee);
            case PRIORITY -> new BulkAction.SetPriority(priority);
            case DUE ->
                new BulkAction.SetDue(due == null ? null : due.atZone(zone).toInstant());
            case DESK -> new BulkAction.MoveToDesk(desk);
            case TAG -> new BulkAction.AddTag(tag);
            case TRIAGE -> new BulkAction.Triage();
            case DISMISS -> new BulkAction.Dismiss(reason);
        };
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public LocalDateTime getDue() {
        return due;
    }

    public void setDue(LocalDateTime due) {
        this.due = due;
    }

    public String getDesk() {
        return desk;
    }

    public void setDesk(String desk) {
        this.desk = desk;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
