package org.factdesk.service.common;

/** The thing asked for does not exist (or no longer does). */
public class NotFoundException extends FactdeskException {

    public NotFoundException(String what, Object key) {
        super("error.notFound", what + " " + key + " was not found", what, key);
    }
}
