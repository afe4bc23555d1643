package org.factdesk.service.queue;

import java.time.Instant;
import org.factdesk.model.claim.Priority;

/** One action applied to every claim of a queue selection. */
public sealed interface BulkAction {

    /** Assigns (TRIAGED claims) or re-assigns (claims in review) to a fact-checker. */
    record Assign(String assignee) implements BulkAction {}

    record SetPriority(Priority priority) implements BulkAction {}

    /** A null due date clears it. */
    record SetDue(Instant dueAt) implements BulkAction {}

    record MoveToDesk(String desk) implements BulkAction {}

    record AddTag(String tag) implements BulkAction {}

    record Triage() implements BulkAction {}

    record Dismiss(String reason) implements BulkAction {}
}
