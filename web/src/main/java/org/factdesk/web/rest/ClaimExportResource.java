package org.factdesk.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Semaphore;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.model.account.Role;
import org.factdesk.service.account.AccountService;
import org.factdesk.service.queue.ClaimFilter;
import org.factdesk.service.queue.ClaimQueue;
import org.factdesk.service.queue.ClaimSort;
import org.factdesk.service.queue.ExportRow;
import org.factdesk.web.i18n.Newsroom;

/**
 * A queue as CSV, for editors and administrators: the same query parameters as {@code GET /claims}, every matching row (no cap), streamed from
 * a database cursor straight into the response, times as ISO instants with the newsroom's offset.
 */
@Tag(name = "claims")
@Path("/claims/export.csv")
@RequestScoped
public class ClaimExportResource {

    static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
    static final List<String> HEADER = List.of(
            "id",
            "statement",
            "status",
            "priority",
            "due",
            "desk",
            "assignee",
            "claimant",
            "reporting_verb",
            "check_worthiness",
            "created",
            "modified");
    /**
     * Exports running at once, at most ({@code factdesk.export.max-concurrent}, default 2): each holds a database
     * cursor and a worker thread for as long as the client reads, so a handful of slow readers could starve the
     * server.
     */
    static final Semaphore RUNNING = new Semaphore(Integer.getInteger("factdesk.export.max-concurrent", 2));

    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    @Inject
    ClaimQueue queue;

    @Inject
    AccountService accounts;

    @Inject
    Newsroom newsroom;

    @Inject
    Messages messages;

    @GET
    @Produces(MEDIA_TYPE)
    public Response export(@BeanParam QueueParams params) {
        // Parameters and the caller are checked before the first byte, so mistakes still get a problem response.
        String caller = accounts.requireRole(Role.EDITOR, Role.ADMIN).getUsername();
        ClaimFilter filter = params.filter(caller);
        List<ClaimSort> sorts = params.sorts();
        if (!RUNNING.tryAcquire()) {
            return Response.status(429)
                    .header("Retry-After", "30")
                    .type(Problem.MEDIA_TYPE)
                    .entity(Problem.of(
                            ProblemResponses.TYPE_BASE + "busy",
                            messages.format("problem.busy"),
                            429,
                            messages.format("error.exportBusy"),
                            "error.exportBusy"))
                    .build();
        }
        StreamingOutput body = output -> {
            try {
                BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
                Csv csv = new Csv(writer);
                csv.row(HEADER);
                queue.export(filter, sorts, row -> csv.row(fields(row)));
                writer.flush();
            } finally {
                RUNNING.release();
            }
        };
        String file = "claims-" + FILE_STAMP.format(Instant.now().atZone(newsroom.getZone())) + ".csv";
        return Response.ok(body, MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
                .build();
    }

    private List<Object> fields(ExportRow row) {
        return Arrays.asList(
                row.id(),
                row.statement(),
                row.status(),
                row.priority(),
                time(row.dueAt()),
                row.desk(),
                row.assignee(),
                row.claimant(),
                row.reportingVerb(),
                row.checkWorthiness(),
                time(row.createdAt()),
                time(row.modifiedAt()));
    }

    private String time(Instant instant) {
        return instant == null
                ? null
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(newsroom.getZone()));
    }
}
