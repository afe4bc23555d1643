package org.factdesk.service.common;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;

/**
 * A business rule said no. Carries a message-bundle key and its arguments so the web layer can say it in
 * the user's words; the English message is for logs. Rolls the transaction back: nothing half-done stays.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class FactdeskException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    protected FactdeskException(String messageKey, String englishMessage, Object... arguments) {
        super(englishMessage);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return Arrays.copyOf(arguments, arguments.length);
    }
}
