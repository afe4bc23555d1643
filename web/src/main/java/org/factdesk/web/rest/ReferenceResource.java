package org.factdesk.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.model.account.Role;
import org.factdesk.service.account.AccountService;
import org.factdesk.service.desk.DeskService;
import org.factdesk.service.verdict.VerdictService;
import org.factdesk.web.rest.Dtos.DeskDto;
import org.factdesk.web.rest.Dtos.RatingDto;
import org.factdesk.web.rest.Dtos.UserDto;

/** What a client needs to fill its forms: who am I, the desks, the rating scale, the people to assign. */
@Tag(name = "reference")
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceResource {

    @Inject
    AccountService accounts;

    @Inject
    DeskService desks;

    @Inject
    VerdictService verdicts;

    @GET
    @Path("me")
    public UserDto me() {
        return DtoMapper.user(accounts.currentUser());
    }

    @GET
    @Path("desks")
    public List<DeskDto> desks() {
        accounts.currentUser();
        return desks.listAll().stream().map(DtoMapper::desk).toList();
    }

    @GET
    @Path("ratings")
    public List<RatingDto> ratings() {
        accounts.currentUser();
        return verdicts.ratings().stream().map(DtoMapper::rating).toList();
    }

    @GET
    @Path("users")
    public List<UserDto> users() {
        accounts.currentUser();
        // What the forms need (whom to assign or mention): names, and only the fact-checker role; the full
        // role list of every user is for administrators (GET /admin/users).
        return accounts.listActive().stream()
                .map(u -> new UserDto(
                        u.getUsername(),
                        u.getDisplayName(),
                        u.hasRole(Role.FACT_CHECKER) ? Set.of(Role.FACT_CHECKER.name()) : Set.of()))
                .toList();
    }
}
