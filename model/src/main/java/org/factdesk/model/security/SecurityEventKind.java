package org.factdesk.model.security;

/** What happened, in the security event log. */
public enum SecurityEventKind {
    LOGIN_FAILED,
    LOGIN_THROTTLED,
    ACCOUNT_LOCKED,
    ADDRESS_LOCKED,
    PASSWORD_CHANGED,
    PASSWORD_REHASHED,
    ROLES_CHANGED,
    USER_DEACTIVATED,
    USER_REACTIVATED,
    TOKEN_CREATED,
    TOKEN_USED,
    TOKEN_REVOKED,
    CROSS_SITE_REFUSED
}
