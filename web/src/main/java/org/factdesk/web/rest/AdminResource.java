package org.factdesk.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.service.account.AccountService;
import org.factdesk.service.publishing.PublisherInput;
import org.factdesk.service.publishing.PublisherService;
import org.factdesk.service.search.SearchIndex;
import org.factdesk.service.search.SearchIndexState;
import org.factdesk.service.security.SecurityEvents;
import org.factdesk.web.rest.Dtos.SearchIndexDto;
import org.factdesk.web.rest.Dtos.UserDto;

/** Administration actions. The role check is the service's (ADMIN). */
@Tag(name = "admin")
@Path("/admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    @Inject
    SearchIndex searchIndex;

    @Inject
    AccountService accounts;

    @Inject
    SecurityEvents events;

    @Inject
    PublisherService publishers;

    public record SecurityEventDto(
            long id, Instant occurredAt, String kind, String username, String actor, String client, String detail) {}

    /**
     * The organisation the fact-checks are published under, as it applies now: {@code saved} false while the
     * server's settings (FACTDESK_PUBLISHER_*) apply; {@code version} to send back with a change.
     */
    @GET
    @Path("publisher")
    public Dtos.PublisherDto publisher() {
        return publisher(publishers.getSettings());
    }

    /**
     * Sets the organisation: a name, and optionally absolute http(s) addresses of its home page and logo, from
     * the {@code version} last seen (a save by another administrator since is a 409, not overwritten).
     */
    @PUT
    @Path("publisher")
    @Consumes(MediaType.APPLICATION_JSON)
    public Dtos.PublisherDto savePublisher(Dtos.PublisherInputDto input) {
        if (input == null) {
            throw new BadParameterException("body", "empty");
        }
        if (input.version() == null) {
            throw new BadParameterException("version", "missing");
        }
        return publisher(publishers.save(new PublisherInput(input.name(), input.url(), input.logo()), input.version()));
    }

    /** Forgets the saved organisation, from the {@code version} last seen: the server's settings apply again. */
    @DELETE
    @Path("publisher")
    public Dtos.PublisherDto useDefaultPublisher(@QueryParam("version") Long version) {
        if (version == null) {
            throw new BadParameterException("version", "missing");
        }
        return publisher(publishers.useDefaults(version));
    }

    private static Dtos.PublisherDto publisher(PublisherService.Settings settings) {
        return new Dtos.PublisherDto(
                settings.publisher().name(),
                settings.publisher().url(),
                settings.publisher().logo(),
                settings.saved(),
                settings.version(),
                settings.savedBy(),
                settings.savedAt());
    }

    /** Every user, active or not, as the administration page lists them. */
    @GET
    @Path("users")
    public List<UserDto> users() {
        return accounts.listAll().stream().map(DtoMapper::user).toList();
    }

    /** The security event log, newest first (at most 500; {@code username} narrows it to one account). */
    @GET
    @Path("security-events")
    public List<SecurityEventDto> securityEvents(
            @QueryParam("username") String username, @QueryParam("limit") @DefaultValue("100") int limit) {
        return events.recent(username, limit).stream()
                .map(e -> new SecurityEventDto(
                        e.getId(),
                        e.getOccurredAt(),
                        e.getKind().name(),
                        e.getUsername(),
                        e.getActor(),
                        e.getClient(),
                        e.getDetail()))
                .toList();
    }

    /**
     * Starts rebuilding the claim search index from the database, in the background (202 Accepted); queues
     * keep working meanwhile. {@code GET} on the same path follows its progress.
     */
    @POST
    @Path("search-index")
    public Response rebuildSearchIndex() {
        return Response.accepted(progress(searchIndex.rebuild())).build();
    }

    /**
     * Where the index stands: READY, REBUILDING (with claims done of total), or FAILED. With {@code wait}
     * (seconds, at most 300) the answer comes when a running rebuild ends, or when the wait is over.
     */
    @GET
    @Path("search-index")
    public SearchIndexDto searchIndexProgress(@QueryParam("wait") @DefaultValue("0") int wait) {
        if (wait < 0 || wait > MAX_WAIT_SECONDS) {
            throw new BadParameterException("wait", Integer.toString(wait));
        }
        return progress(searchIndex.progress(java.time.Duration.ofSeconds(wait)));
    }

    private static final int MAX_WAIT_SECONDS = 300;

    private static SearchIndexDto progress(SearchIndexState.Progress p) {
        return new SearchIndexDto(
                p.phase().name(),
                p.done(),
                p.total(),
                p.percent(),
                p.startedAt() == null ? null : p.startedAt().toString(),
                p.finishedAt() == null ? null : p.finishedAt().toString(),
                p.failure());
    }
}
