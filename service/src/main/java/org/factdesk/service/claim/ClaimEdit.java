package org.factdesk.service.claim;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.factdesk.model.claim.Claim;
import org.factdesk.model.claim.Priority;

/**
 * A change to a claim's working fields — who holds it, how urgent, by when, which desk, which tags. Only the
 * fields that are set change. Status never changes this way: that is what transitions are for.
 */
public record ClaimEdit(
        String assignee,
        Priority priority,
        Instant dueAt,
        boolean clearDue,
        String desk,
        @Size(max = Claim.TAG_MAX) String addTag) {

    public static ClaimEdit assign(String username) {
        return new ClaimEdit(username, null, null, false, null, null);
    }

    public static ClaimEdit priority(Priority priority) {
        return new ClaimEdit(null, priority, null, false, null, null);
    }

    public static ClaimEdit due(Instant dueAt) {
        return new ClaimEdit(null, null, dueAt, dueAt == null, null, null);
    }

    public static ClaimEdit desk(String code) {
        return new ClaimEdit(null, null, null, false, code, null);
    }

    public static ClaimEdit tag(String tag) {
        return new ClaimEdit(null, null, null, false, null, tag);
    }

    boolean editorOnly() {
        return assignee != null || priority != null || dueAt != null || clearDue || desk != null;
    }
}
