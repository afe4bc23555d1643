package org.factdesk.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.model.claim.AttributionCheck;
import org.factdesk.model.claim.Claim;
import org.factdesk.model.claim.Priority;
import org.factdesk.model.claim.Transition;
import org.factdesk.model.evidence.EvidenceKind;
import org.factdesk.model.evidence.InformationCredibility;
import org.factdesk.model.evidence.SourceReliability;
import org.factdesk.model.evidence.Stance;
import org.factdesk.service.account.AccountService;
import org.factdesk.service.claim.ClaimDetail;
import org.factdesk.service.claim.ClaimService;
import org.factdesk.service.claim.NewClaim;
import org.factdesk.service.claim.TransitionRequest;
import org.factdesk.service.common.InvalidInputException;
import org.factdesk.service.common.Page;
import org.factdesk.service.evidence.EvidenceService;
import org.factdesk.service.evidence.NewEvidence;
import org.factdesk.service.queue.BulkAction;
import org.factdesk.service.queue.BulkActions;
import org.factdesk.service.queue.ClaimQueue;
import org.factdesk.service.verdict.VerdictDraft;
import org.factdesk.service.verdict.VerdictService;
import org.factdesk.web.rest.Dtos.ClaimDto;
import org.factdesk.web.rest.Dtos.ClaimSummaryDto;
import org.factdesk.web.rest.Dtos.PageDto;

/**
 * Claims: the review queue (filtered, sorted and paged in the database), one claim with everything known
 * about it, and the workflow moves. Every change takes the claim {@code version} the client last saw; the
 * current version is also the claim's ETag.
 */
@Tag(name = "claims")
@Path("/claims")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClaimResource {

    /** At most this many claims in one bulk action (a queue page holds at most 500). */
    static final int MAX_BULK = 500;

    @Inject
    ClaimService claims;

    @Inject
    ClaimQueue queue;

    @Inject
    EvidenceService evidence;

    @Inject
    VerdictService verdicts;

    @Inject
    AccountService accounts;

    @Inject
    BulkActions bulk;

    @Inject
    Messages messages;

    @jakarta.ws.rs.core.Context
    UriInfo uriInfo;

    @GET
    public PageDto<ClaimSummaryDto> list(@BeanParam QueueParams params) {
        String caller = accounts.currentUser().getUsername();
        Page<Claim> result =
                queue.page(params.filter(caller), params.sorts(), params.offset(), params.size, params.cursor());
        return new PageDto<>(
                result.items().stream().map(DtoMapper::summary).toList(),
                params.page,
                params.size,
                result.total(),
                result.next(),
                result.previous());
    }

    /**
     * Applies one action to many claims; each is checked like a single action and the answer lists which
     * succeeded and why the others were refused.
     */
    @POST
    @Path("bulk")
    public Dtos.BulkReplyDto bulk(Dtos.BulkInput input) {
        if (input == null || input.action() == null) {
            throw new BadParameterException("action", "missing");
        }
        BulkAction action = switch (input.action().strip().toUpperCase(java.util.Locale.ROOT)) {
            case "ASSIGN" -> new BulkAction.Assign(input.assignee());
            case "SET_PRIORITY" ->
                new BulkAction.SetPriority(BadParameterException.parse(Priority.class, "priority", input.priority()));
            case "SET_DUE" -> new BulkAction.SetDue(input.dueAt());
            case "MOVE_TO_DESK" -> new BulkAction.MoveToDesk(input.desk());
            case "ADD_TAG" -> new BulkAction.AddTag(input.tag());
            case "TRIAGE" -> new BulkAction.Triage();
            case "DISMISS" -> new BulkAction.Dismiss(input.reason());
            default -> throw new BadParameterException("action", input.action());
        };
        if (input.ids() != null && input.ids().size() > MAX_BULK) {
            throw new InvalidInputException(
                    "ids", "error.tooMany", "At most " + MAX_BULK + " claims at once", "ids", MAX_BULK);
        }
        List<Dtos.BulkItemDto> items = bulk.apply(input.ids(), action).stream()
                .map(r -> new Dtos.BulkItemDto(
                        r.claimId(),
                        r.done(),
                        r.messageKey(),
                        r.done() ? null : messages.format(r.messageKey(), r.arguments())))
                .toList();
        long done = items.stream().filter(Dtos.BulkItemDto::done).count();
        return new Dtos.BulkReplyDto(done, items.size() - done, items);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        ClaimDetail detail = claims.getDetail(id);
        ClaimDto dto = DtoMapper.detail(detail);
        return Response.ok(dto).tag(new EntityTag(Long.toString(dto.version()))).build();
    }

    @POST
    public Response create(NewClaim input) {
        ClaimDetail opened = claims.open(input);
        return withTag(
                Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(opened.claim().getId().toString())
                        .build()),
                opened);
    }

    @POST
    @Path("{id}/transitions")
    public Response transition(@PathParam("id") long id, Dtos.TransitionInput input) {
        Transition transition = required(
                BadParameterException.parse(Transition.class, "transition", input == null ? null : input.transition()),
                "transition");
        claims.transition(id, new TransitionRequest(transition, input.version(), input.reason(), input.assignee()));
        return withTag(Response.ok(), claims.getDetail(id));
    }

    @PUT
    @Path("{id}/verdict")
    public Response draftVerdict(@PathParam("id") long id, Dtos.VerdictInput input) {
        if (input == null) {
            throw new BadParameterException("body", "empty");
        }
        verdicts.draft(
                id,
                new VerdictDraft(
                        input.rating(), input.summary(), input.explanation(), input.sourcesCited(), input.version()));
        return withTag(Response.ok(), claims.getDetail(id));
    }

    @PUT
    @Path("{id}/attribution-check")
    public Response checkAttribution(@PathParam("id") long id, Dtos.AttributionCheckInput input) {
        AttributionCheck check = required(
                BadParameterException.parse(AttributionCheck.class, "check", input == null ? null : input.check()),
                "check");
        claims.checkAttribution(id, required(input.version(), "version"), check);
        return withTag(Response.ok(), claims.getDetail(id));
    }

    @POST
    @Path("{id}/evidence")
    public Response addEvidence(@PathParam("id") long id, Dtos.EvidenceInput input) {
        if (input == null) {
            throw new BadParameterException("body", "empty");
        }
        InformationCredibility credibility;
        try {
            credibility = input.credibility() == null ? null : InformationCredibility.ofGrade(input.credibility());
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("credibility", String.valueOf(input.credibility()));
        }
        var added = evidence.add(
                id,
                new NewEvidence(
                        input.url(),
                        input.description(),
                        BadParameterException.parse(EvidenceKind.class, "kind", input.kind()),
                        BadParameterException.parse(Stance.class, "stance", input.stance()),
                        BadParameterException.parse(SourceReliability.class, "reliability", input.reliability()),
                        credibility,
                        Boolean.TRUE.equals(input.shownPublicly())));
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(added.getId().toString())
                        .build())
                .entity(DtoMapper.evidence(added))
                .build();
    }

    /**
     * Shows a piece of evidence on the claim's public fact-check ({@code shownPublicly: true}) or makes it internal
     * again, from the evidence {@code version} the client saw; a change by someone else since is a 409.
     */
    @PUT
    @Path("{id}/evidence/{evidenceId}/visibility")
    public Dtos.EvidenceDto showEvidence(
            @PathParam("id") long id, @PathParam("evidenceId") long evidenceId, Dtos.EvidenceVisibilityInput input) {
        boolean shown = required(input == null ? null : input.shownPublicly(), "shownPublicly");
        return DtoMapper.evidence(
                evidence.setShownPublicly(id, evidenceId, shown, required(input.version(), "version")));
    }

    @POST
    @Path("{id}/comments")
    public Response comment(@PathParam("id") long id, Dtos.CommentInput input) {
        var comment = claims.comment(id, input == null ? null : input.text());
        return Response.status(Response.Status.CREATED)
                .entity(DtoMapper.comment(comment))
                .build();
    }

    private static Response withTag(Response.ResponseBuilder builder, ClaimDetail detail) {
        ClaimDto dto = DtoMapper.detail(detail);
        return builder.entity(dto)
                .tag(new EntityTag(Long.toString(dto.version())))
                .build();
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new BadParameterException(field, "missing");
        }
        return value;
    }
}
