package org.factdesk.service.common;

/** The caller is known but may not do this. The key says which rule (role, four eyes, assignee). */
public class ForbiddenException extends FactdeskException {

    public ForbiddenException(String messageKey, String englishMessage, Object... arguments) {
        super(messageKey, englishMessage, arguments);
    }
}
