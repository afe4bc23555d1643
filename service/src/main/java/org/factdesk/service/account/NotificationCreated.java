package org.factdesk.service.account;

/**
 * Fired when a user got a new notification. The push to their open pages observes it
 * {@code during = TransactionPhase.AFTER_SUCCESS}, so nobody hears of a notification that was rolled back.
 */
public record NotificationCreated(String recipient, long claimId) {}
