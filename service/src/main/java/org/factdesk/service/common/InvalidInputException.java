package org.factdesk.service.common;

/**
 * Input that is well-formed but does not make sense for the business (unknown desk, missing reason, an
 * assignee who is not a fact-checker). The field names which input is wrong so a form can show it there.
 */
public class InvalidInputException extends FactdeskException {

    private final String field;

    public InvalidInputException(String field, String messageKey, String englishMessage, Object... arguments) {
        super(messageKey, englishMessage, arguments);
        this.field = field;
    }

    public String getField() {
        return field;
    }
}
