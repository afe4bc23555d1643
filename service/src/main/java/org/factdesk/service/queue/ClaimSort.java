package org.factdesk.service.queue;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** One sort key of a queue. The default order puts the right claims first: urgent, then due soonest, then newest. */
public record ClaimSort(Field field, boolean ascending) implements Serializable {

    public enum Field {
        PRIORITY,
        DUE,
        CREATED,
        MODIFIED,
        STATUS,
        STATEMENT,
        CHECK_WORTHINESS,
        DESK,
        ASSIGNEE,
        /** Best text match first; only meaningful with a text filter, ignored without one. */
        RELEVANCE
    }

    public static final List<ClaimSort> DEFAULT = List.of(
            new ClaimSort(Field.PRIORITY, false), new ClaimSort(Field.DUE, true), new ClaimSort(Field.CREATED, false));

    /** Parses "priority", "-due", "checkWorthiness": a leading minus means descending. */
    public static ClaimSort parse(String text) {
        boolean descending = text.startsWith("-");
        String name = (descending ? text.substring(1) : text)
                .replaceAll("([a-z])([A-Z])", "$1_$2")
                .toUpperCase(Locale.ROOT);
        if ("DUE_AT".equals(name)) {
            name = "DUE";
        }
        return new ClaimSort(Field.valueOf(name), !descending);
    }
}
