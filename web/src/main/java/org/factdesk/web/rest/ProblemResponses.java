package org.factdesk.web.rest;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.factdesk.service.common.ConflictException;
import org.factdesk.service.common.FactdeskException;
import org.factdesk.service.common.Failures;
import org.factdesk.service.common.ForbiddenException;
import org.factdesk.service.common.GoneException;
import org.factdesk.service.common.InvalidInputException;
import org.factdesk.service.common.InvalidTransitionException;
import org.factdesk.service.common.NotAuthenticatedException;
import org.factdesk.service.common.NotFoundException;
import org.factdesk.service.common.SearchRebuildingException;
import org.factdesk.service.intake.IntakeUnavailableException;

/** Builds the problem response for any failure; subclasses register it for the types they out-rank. */
abstract class ProblemResponses {

    static final String TYPE_BASE = "https://factdesk.org/problems/";
    private static final Logger LOG = Logger.getLogger(ProblemResponses.class.getName());
    private static final Logger CLIENT_ERRORS = Logger.getLogger("org.factdesk.web.rest.ClientErrors");

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @Context
    jakarta.ws.rs.core.Request jaxrsRequest;

    /**
     * The answer to a failure, logged for IT: a client's mistake (4xx) as one line at INFO on the category
     * {@code org.factdesk.web.rest.ClientErrors}, never with a stack trace; a server error (5xx) once at ERROR
     * with the stack trace and a correlation id that the problem also carries.
     */
    Response problemResponse(Throwable thrown) {
        Problem problem = answer(thrown);
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }

    /** The problem for a failure, logged as {@link #problemResponse} says. */
    Problem answer(Throwable thrown) {
        Throwable cause = Failures.cause(thrown);
        Problem problem = problem(cause);
        String request = (request() == null ? "" : request().getMethod() + " ")
                + (uriInfo == null ? "?" : uriInfo.getRequestUri().getRawPath());
        if (problem.status() >= 500 && !(cause instanceof SearchRebuildingException)) {
            String id = UUID.randomUUID().toString();
            problem = problem.withCorrelationId(id);
            LOG.log(
                    Level.SEVERE,
                    "Server error " + problem.status() + " [correlation id " + id + "] answering " + request,
                    cause);
        } else {
            if (CLIENT_ERRORS.isLoggable(Level.INFO)) {
                CLIENT_ERRORS.info(
                        problem.status() + " " + request + " (" + problem.code() + "): " + oneLine(problem.detail()));
            }
        }
        return problem;
    }

    private jakarta.ws.rs.core.Request request() {
        return jaxrsRequest;
    }

    private static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        String line = text.replaceAll("\\s+", " ");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    private Problem problem(Throwable cause) {
        String instance = uriInfo == null ? null : uriInfo.getRequestUri().getPath();
        if (cause instanceof ConflictException conflict) {
            return new Problem(
                    TYPE_BASE + "edit-conflict",
                    text("problem.conflict"),
                    409,
                    message(conflict),
                    instance,
                    conflict.getMessageKey(),
                    null,
                    conflict.getChangedBy(),
                    conflict.getChangedAt(),
                    conflict.getCurrentVersion(),
                    null);
        }
        if (cause instanceof InvalidInputException invalid) {
            String detail = message(invalid);
            return new Problem(
                    TYPE_BASE + "validation",
                    text("problem.validation"),
                    422,
                    detail,
                    instance,
                    invalid.getMessageKey(),
                    List.of(new Problem.FieldError(invalid.getField(), detail)),
                    null,
                    null,
                    null,
                    null);
        }
        if (cause instanceof FactdeskException business) {
            Kind kind = Kind.of(business);
            return new Problem(
                    TYPE_BASE + kind.type(),
                    text(kind.title()),
                    kind.status(),
                    message(business),
                    instance,
                    business.getMessageKey(),
                    null,
                    null,
                    null,
                    null,
                    null);
        }
        if (cause instanceof ConstraintViolationException violations) {
            List<Problem.FieldError> errors = new ArrayList<>();
            for (ConstraintViolation<?> violation : violations.getConstraintViolations()) {
                errors.add(new Problem.FieldError(field(violation.getPropertyPath()), violation.getMessage()));
            }
            errors.sort(java.util.Comparator.comparing(Problem.FieldError::field));
            String detail = errors.stream()
                    .map(e -> e.field() + ": " + e.message())
                    .collect(java.util.stream.Collectors.joining("; "));
            return new Problem(
                    TYPE_BASE + "validation",
                    text("problem.validation"),
                    422,
                    detail,
                    instance,
                    "error.validation",
                    errors,
                    null,
                    null,
                    null,
                    null);
        }
        if (cause instanceof BadParameterException bad) {
            String detail = format("error.badParameter", bad.getField(), bad.getMessage());
            return new Problem(
                    TYPE_BASE + "bad-request",
                    text("problem.badRequest"),
                    400,
                    detail,
                    instance,
                    "error.badParameter",
                    List.of(new Problem.FieldError(bad.getField(), detail)),
                    null,
                    null,
                    null,
                    null);
        }
        if (cause instanceof OptimisticLockException) {
            return new Problem(
                    TYPE_BASE + "edit-conflict",
                    text("problem.conflict"),
                    409,
                    format("error.conflict", "someone else", "just now"),
                    instance,
                    "error.conflict",
                    null,
                    null,
                    null,
                    null,
                    null);
        }
        if (cause instanceof JsonbException || cause instanceof jakarta.ws.rs.ProcessingException) {
            return Problem.of(
                    TYPE_BASE + "bad-request",
                    text("problem.badRequest"),
                    400,
                    format("error.unreadable", cause.getMessage()),
                    "error.unreadable");
        }
        if (cause instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            if (status < 500) {
                return Problem.of(
                        "about:blank",
                        web.getResponse().getStatusInfo().getReasonPhrase(),
                        status,
                        web.getMessage(),
                        null);
            }
        }
        return Problem.of(
                TYPE_BASE + "internal", text("problem.internal"), 500, text("error.internal"), "error.internal");
    }

    /** "create.input.attribution.name" → "attribution.name": drop the method and parameter names. */
    static String field(Path path) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, PARAMETER, CROSS_PARAMETER, RETURN_VALUE -> names.clear();
                default -> {
                    if (node.getName() != null) {
                        names.add(node.getName());
                    }
                }
            }
        }
        return names.isEmpty() ? "request" : String.join(".", names);
    }

    private String message(FactdeskException e) {
        return format(e.getMessageKey(), e.getArguments());
    }

    private String format(String key, Object... arguments) {
        return Messages.format(Messages.locale(headers), key, arguments);
    }

    private String text(String key) {
        return format(key);
    }

    /** What each business failure is in HTTP: status, problem type, and the bundle key of its title. */
    private record Kind(Class<? extends FactdeskException> failure, int status, String type, String title) {

        private static final List<Kind> KINDS = List.of(
                new Kind(NotFoundException.class, 404, "not-found", "problem.notFound"),
                new Kind(GoneException.class, 410, "gone", "problem.gone"),
                new Kind(ForbiddenException.class, 403, "forbidden", "problem.forbidden"),
                new Kind(NotAuthenticatedException.class, 401, "unauthorized", "problem.unauthorized"),
                new Kind(InvalidTransitionException.class, 409, "invalid-transition", "problem.invalidTransition"),
                new Kind(SearchRebuildingException.class, 503, "search-rebuilding", "problem.unavailable"),
                new Kind(IntakeUnavailableException.class, 503, "intake-unavailable", "problem.unavailable"));
        /** Anything else the business refuses is input it cannot take. */
        private static final Kind INVALID = new Kind(FactdeskException.class, 422, "validation", "problem.validation");

        static Kind of(FactdeskException business) {
            return KINDS.stream()
                    .filter(kind -> kind.failure().isInstance(business))
                    .findFirst()
                    .orElse(INVALID);
        }
    }
}
