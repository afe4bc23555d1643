package org.factdesk.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The JSON API under {@code /factdesk/api}; HTTP Basic authentication (see the README). WildFly's
 * microprofile-openapi subsystem publishes its OpenAPI 3 document at {@code /openapi}, generated from these
 * resources; {@link ErrorResponsesFilter} adds the problem+json answers every operation can give.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Factdesk API",
                        version = "1",
                        description =
                                "Claims, evidence, verdicts and review queues of a fact-checking newsroom. Errors are "
                                        + "application/problem+json (RFC 9457).",
                        license = @License(name = "See the project README")),
        security = @SecurityRequirement(name = FactdeskApi.BASIC),
        tags = {
            @Tag(name = "claims", description = "The queue, one claim, its workflow, verdict, evidence, comments"),
            @Tag(name = "intake", description = "News text to candidate claims; feeds"),
            @Tag(name = "reference", description = "Reference data for forms: desks, ratings, users, me"),
            @Tag(name = "admin", description = "Administrators only: index, users, load data"),
            @Tag(name = "fact-checks", description = "Published fact-checks as schema.org ClaimReview; no login")
        })
@SecurityScheme(securitySchemeName = FactdeskApi.BASIC, type = SecuritySchemeType.HTTP, scheme = "basic")
public class FactdeskApi extends Application {

    static final String BASIC = "basic";
}
