package org.factdesk.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.factdesk.model.security.ApiToken;
import org.factdesk.service.security.ApiTokens;

/**
 * Personal API tokens: the caller's own, made, listed and revoked; the secret is in the creation's answer only.
 */
@Path("/me/tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    public record TokenInput(String name) {}

    /** A token as listed; {@code token} (the secret) only in the answer to its creation. */
    public record TokenDto(
            long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt, String token) {}

    @Inject
    ApiTokens tokens;

    @GET
    public List<TokenDto> myTokens() {
        return tokens.list().stream().map(t -> token(t, null)).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createToken(TokenInput input) {
        ApiTokens.Created created = tokens.create(input == null ? null : input.name());
        return Response.status(Response.Status.CREATED)
                .entity(token(created.token(), created.secret()))
                .build();
    }

    @DELETE
    @Path("{id}")
    public Response revokeToken(@PathParam("id") long id) {
        tokens.revoke(id);
        return Response.noContent().build();
    }

    private static TokenDto token(ApiToken t, String secret) {
        return new TokenDto(t.getId(), t.getName(), t.getCreatedAt(), t.getLastUsedAt(), t.getRevokedAt(), secret);
    }
}
