package org.factdesk.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.service.common.InvalidInputException;
import org.factdesk.service.common.Page;
import org.factdesk.service.publishing.ClaimReviewReader;
import org.factdesk.service.publishing.FactCheckImports;
import org.factdesk.web.rest.Dtos.ExternalFactCheckDto;
import org.factdesk.web.rest.Dtos.ImportResultDto;
import org.factdesk.web.rest.Dtos.PageDto;

/**
 * Fact-checks other organisations published: imported from their ClaimReview JSON-LD, and searched by the desk
 * before it starts work on a claim. For logged-in users (web.xml names these two paths apart from the public
 * fact-checks); importing is for fact-checkers, editors and admins, which the service checks.
 */
@Tag(name = "fact-checks")
@Path("/fact-checks")
@RequestScoped
public class FactCheckImportResource {

    /** The largest body an import takes: a bigger one is refused unread (413). */
    public static final int MAX_BODY_BYTES = 5_000_000;

    private static final int PAYLOAD_TOO_LARGE = 413;
    private static final int DEFAULT_PAGE_SIZE = 25;

    @Inject
    FactCheckImports imports;

    /**
     * Imports ClaimReviews: a JSON-LD body holding one, a list of them, a schema.org DataFeed or an {@code @graph};
     * or {@code {"url": "…"}} of a page (its ClaimReview scripts) or a JSON-LD feed to read them from, which must
     * be a public web address. All or nothing; a review already held (same URL) is updated.
     */
    @POST
    @Path("imports")
    @Consumes({FactCheckResource.LD_JSON, MediaType.APPLICATION_JSON})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import ClaimReviews (JSON-LD body, or {\"url\": …} of a page or feed to read)")
    public ImportResultDto importReviews(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            throw new WebApplicationException(
                    "An import takes at most " + MAX_BODY_BYTES + " bytes; split the feed or send its URL.",
                    PAYLOAD_TOO_LARGE);
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        String url = urlOnly(text);
        FactCheckImports.Result result;
        try {
            result = url != null ? imports.importFrom(url) : imports.importJson(text);
        } catch (InvalidInputException e) {
            if (ClaimReviewReader.NOT_JSON.equals(e.getMessageKey())) {
                throw new BadParameterException("body", "not JSON");
            }
            throw e;
        }
        return new ImportResultDto(
                result.received(),
                result.created(),
                result.updated(),
                result.factChecks().stream().map(DtoMapper::external).toList());
    }

    /** The URL of a {@code {"url": "…"}} body, or {@code null} when the body is (meant to be) JSON-LD itself. */
    private static String urlOnly(String text) {
        String trimmed = text.strip();
        if (!trimmed.startsWith("{") || trimmed.contains("\"@")) {
            return null;
        }
        JsonValue value;
        try (var reader = Json.createReader(new StringReader(trimmed))) {
            value = reader.readValue();
        } catch (RuntimeException e) {
            return null; // the reader says what is wrong with it
        }
        if (value instanceof JsonObject object && object.size() == 1 && object.containsKey("url")) {
            if (object.get("url") instanceof JsonString url && !url.getString().isBlank()) {
                return url.getString();
            }
            throw new InvalidInputException("url", "error.import.source", "give the address of a page or feed");
        }
        return null;
    }

    /**
     * Imported fact-checks holding the words of {@code q} (stemmed, all of them, the most relevant first); without
     * {@code q}, the most recently published first.
     */
    @GET
    @Path("external")
    @Produces(MediaType.APPLICATION_JSON)
    public PageDto<ExternalFactCheckDto> external(
            @QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("" + DEFAULT_PAGE_SIZE) int size) {
        if (page < 0) {
            throw new BadParameterException("page", Integer.toString(page));
        }
        long offset = (long) page * size;
        if (offset > Integer.MAX_VALUE - FactCheckImports.PAGE_SIZE_MAX) {
            throw new BadParameterException("page", Integer.toString(page));
        }
        Page<org.factdesk.model.publishing.ExternalFactCheck> found = imports.search(q, (int) offset, size);
        return new PageDto<>(
                found.items().stream().map(DtoMapper::external).toList(), page, size, found.total(), null, null);
    }
}
