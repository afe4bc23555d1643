package org.factdesk.service.account;

/**
 * A user's sessions must end: they were deactivated or their password was reset. Fired by {@link
 * AccountService} and observed after the commit by the web module, which holds the sessions.
 */
public record CredentialsRevoked(String username) {}
