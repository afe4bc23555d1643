package org.factdesk.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.service.account.AccountService;
import org.factdesk.service.intake.SearchIndex;
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

    /** Every user, active or not, as the administration page lists them. */
    @GET
    @Path("users")
    public List<UserDto> users() {
        return accounts.listAll().stream().map(DtoMapper::user).toList();
    }

    /** Rebuilds the claim search index from the database. */
    @POST
    @Path("search-index")
    public SearchIndexDto rebuildSearchIndex() {
        SearchIndex.Rebuilt rebuilt = searchIndex.rebuild();
        return new SearchIndexDto(rebuilt.claims(), rebuilt.millis());
    }
}
