package org.factdesk.web.rest;

/** A query parameter or body field the API cannot read: an unknown status, a malformed grade. */
public class BadParameterException extends RuntimeException {

    private final String field;

    public BadParameterException(String field, String value) {
        super(value);
        this.field = field;
    }

    public String getField() {
        return field;
    }

    /** Reads an enum constant by name, or names the field that was wrong. */
    public static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadParameterException(field, value);
        }
    }
}
