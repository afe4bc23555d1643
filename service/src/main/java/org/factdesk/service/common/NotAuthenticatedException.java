package org.factdesk.service.common;

/** No logged-in, active user is behind this call. */
public class NotAuthenticatedException extends FactdeskException {

    public NotAuthenticatedException() {
        super("error.notAuthenticated", "Log in to continue");
    }
}
