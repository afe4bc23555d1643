package org.factdesk.web.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.Date;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.service.common.Page;
import org.factdesk.service.publishing.ClaimReviewJson;
import org.factdesk.service.publishing.FactCheck;
import org.factdesk.service.publishing.FactChecks;
import org.factdesk.service.publishing.PublisherService;
import org.factdesk.service.security.Authenticator;
import org.factdesk.web.i18n.Newsroom;

/**
 * Published fact-checks for machines, without login: each as the schema.org ClaimReview its public page carries.
 * Cacheable: an ETag and Last-Modified on every answer, 304 when the client's copy is current.
 */
@Tag(name = "fact-checks")
@SecurityRequirements // public: no login
@Path("/fact-checks")
@RequestScoped
public class FactCheckResource {

    public static final String LD_JSON = "application/ld+json";
    /** How long a reader's cache may keep a fact-check before asking again (a correction shows within it). */
    private static final int MAX_AGE_SECONDS = 300;

    @Inject
    FactChecks factChecks;

    @Inject
    PublisherService publishers;

    @Inject
    Newsroom newsroom;

    @Context
    HttpServletRequest http;

    @Context
    Request request;

    @GET
    @Path("{id}")
    @Produces({LD_JSON, MediaType.APPLICATION_JSON})
    public Response claimReview(@PathParam("id") long id) {
        FactCheck check = factChecks.find(id);
        JsonObject review = ClaimReviewJson.of(check, publishers.current(), pageUrl(http, check), newsroom.getZone());
        String body = review.toString();
        EntityTag tag = new EntityTag(Authenticator.sha256(body).substring(0, 32));
        Date modified = Date.from(check.modified());
        CacheControl cache = new CacheControl();
        cache.setMaxAge(MAX_AGE_SECONDS);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(modified, tag);
        if (unchanged != null) {
            return unchanged.cacheControl(cache).tag(tag).build();
        }
        // JSON-LD is JSON: a client that asks for application/json gets the same text under that name
        return Response.ok(body)
                .tag(tag)
                .lastModified(modified)
                .cacheControl(cache)
                .build();
    }

    /**
     * Every published fact-check as a schema.org DataFeed of ClaimReviews, newest first, 100 a page; {@code Link}
     * headers name the next and previous pages.
     */
    @GET
    @Produces({LD_JSON, MediaType.APPLICATION_JSON})
    public Response dataFeed(@QueryParam("page") @DefaultValue("0") int page) {
        if (page < 0) {
            throw new BadParameterException("page", Integer.toString(page));
        }
        Page<FactCheck> checks = factChecks.feed(page);
        String list = listUrl(http);
        JsonObject feed =
                ClaimReviewJson.dataFeed(checks.items(), publishers.current(), list, list, newsroom.getZone());
        Response.ResponseBuilder answer = Response.ok(feed.toString());
        String self = http.getRequestURL().toString();
        if ((long) (page + 1) * FactChecks.FEED_PAGE_SIZE < checks.total()) {
            answer.header("Link", "<" + self + "?page=" + (page + 1) + ">; rel=\"next\"");
        }
        if (page > 0) {
            answer.header("Link", "<" + self + "?page=" + (page - 1) + ">; rel=\"prev\"");
        }
        CacheControl cache = new CacheControl();
        cache.setMaxAge(MAX_AGE_SECONDS);
        return answer.cacheControl(cache).build();
    }

    /** The public page of a fact-check, as an absolute URL on the server this request reached. */
    public static String pageUrl(HttpServletRequest request, FactCheck check) {
        return listUrl(request) + check.path();
    }

    /** The public list of fact-checks ("…/fact-checks/"), on the server this request reached. */
    public static String listUrl(HttpServletRequest request) {
        String base = request.getRequestURL().toString();
        String origin = base.substring(0, base.indexOf('/', base.indexOf("//") + 2));
        return origin + request.getContextPath() + "/fact-checks/";
    }
}
