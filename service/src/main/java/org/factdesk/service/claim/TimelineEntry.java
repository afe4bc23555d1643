package org.factdesk.service.claim;

import java.io.Serializable;
import java.time.Instant;

/**
 * One line of a claim's history, newest first: a status change (with its reason), a field change (old → new),
 * a comment or a piece of evidence.
 */
public record TimelineEntry(Instant at, String actor, Kind kind, String subject, String from, String to, String text)
        implements Serializable {

    public enum Kind {
        STATUS,
        FIELD,
        COMMENT,
        EVIDENCE
    }
}
