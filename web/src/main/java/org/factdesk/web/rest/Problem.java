package org.factdesk.web.rest;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * RFC 9457 problem details, sent as {@code application/problem+json}. Extension members: {@code errors} for
 * input problems (one per field), {@code changedBy}/{@code changedAt}/{@code currentVersion} for conflicts,
 * {@code correlationId} for server errors — the same id is in the server log's ERROR line, so a user's report
 * leads IT to the stack trace.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String code,
        List<FieldError> errors,
        String changedBy,
        Instant changedAt,
        Long currentVersion,
        String correlationId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String message) {}

    public static Problem of(String type, String title, int status, String detail, String code) {
        return new Problem(type, title, status, detail, null, code, null, null, null, null, null);
    }

    /** The same problem, carrying the id under which the server logged it. */
    public Problem withCorrelationId(String id) {
        return new Problem(
                type, title, status, detail, instance, code, errors, changedBy, changedAt, currentVersion, id);
    }
}
