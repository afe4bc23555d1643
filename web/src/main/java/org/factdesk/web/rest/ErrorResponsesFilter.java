package org.factdesk.web.rest;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Adds to every operation of the OpenAPI document the problem+json answers {@link ProblemMapper} and the
 * authentication mechanism give — once here, because they are the same for every resource method and
 * annotating 40 methods with seven responses each would drift from the code. Registered in
 * {@code META-INF/microprofile-config.properties} ({@code mp.openapi.filter}).
 */
public class ErrorResponsesFilter implements OASFilter {

    private static final Map<String, String> ERRORS = Map.of(
            "400", "Unreadable input or a bad query parameter",
            "401", "Not logged in (HTTP Basic)",
            "403", "Role or four-eyes refusal",
            "404", "No such claim or resource",
            "409", "Edit conflict (changedBy, changedAt, currentVersion) or a move not possible in this status",
            "422", "Invalid input, one entry per field in errors",
            "500", "Server error; the correlationId is in the server log");

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        for (Map.Entry<String, String> error : ERRORS.entrySet()) {
            if (responses.getAPIResponse(error.getKey()) == null) {
                responses.addAPIResponse(
                        error.getKey(),
                        OASFactory.createAPIResponse()
                                .description(error.getValue())
                                .content(OASFactory.createContent()
                                        .addMediaType(
                                                Problem.MEDIA_TYPE,
                                                OASFactory.createMediaType()
                                                        .schema(OASFactory.createSchema()
                                                                .ref("#/components/schemas/Problem")))));
            }
        }
        return operation;
    }
}
