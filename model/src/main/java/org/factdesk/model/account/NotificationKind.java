package org.factdesk.model.account;

/** Why someone was told about a claim. */
public enum NotificationKind {
    /** A colleague wrote {@code @username} in a comment. */
    MENTION,
    /** The user was made the claim's fact-checker. */
    ASSIGNED
}
