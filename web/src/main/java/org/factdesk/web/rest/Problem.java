package org.factdesk.web.rest;

import java.time.Instant;
import java.util.List;

/**
 * RFC 9457 problem details, sent as {@code application/problem+json}. Extension members: {@code errors} for
 * input problems (one per field), {@code changedBy}/{@code changedAt}/{@code currentVersion} for conflicts.
 */
public record Problem(String type, String title, int status, String detail, String instance, String code,
        List<FieldError> errors, String changedBy, Instant changedAt, Long currentVersion) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String message) {
    }

    public static Problem of(String type, String title, int status, String detail, String code) {
        return new Problem(type, title, status, detail, null, code, null, null, null, null);
    }
}
