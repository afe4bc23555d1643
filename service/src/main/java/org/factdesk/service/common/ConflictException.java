package org.factdesk.service.common;

import java.time.Instant;

/**
 * Somebody else changed the claim since the caller loaded it. Names who and when, so the user can look at
 * their change before deciding what to do; nothing the caller sent was saved.
 */
public class ConflictException extends FactdeskException {

    private final String changedBy;
    private final Instant changedAt;
    private final long currentVersion;

    public ConflictException(String what, String changedBy, Instant changedAt, long currentVersion) {
        super(
                "error.conflict",
                what + " was changed by " + changedBy + " at " + changedAt + " after you loaded it",
                changedBy,
                changedAt);
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.currentVersion = currentVersion;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public long getCurrentVersion() {
        return currentVersion;
    }
}
