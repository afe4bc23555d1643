package org.factdesk.web.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Every failure of the API becomes {@code application/problem+json} with the status that fits and a detail
 * from the message bundle — never a stack trace. Unexpected errors are logged here and answered with 500.
 */
@Provider
public class ProblemMapper extends ProblemResponses implements ExceptionMapper<Throwable> {

    @Override
    public Response toResponse(Throwable thrown) {
        return problemResponse(thrown);
    }
}
