package org.factdesk.service.claim;

/**
 * Fired after a claim changed. Observers that reach outside the transaction (push, notifications, search
 * index) observe it {@code during = TransactionPhase.AFTER_SUCCESS}, so they never announce a rolled-back change.
 */
public record ClaimChanged(long claimId, String changedBy, String what) {}
