package org.factdesk.web.rest;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation failures as problems (422, one error per field). Registered for the exact type so it
 * out-ranks RESTEasy's built-in violation report, which is not problem+json.
 */
@Provider
public class ValidationProblemMapper extends ProblemResponses implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        return problemResponse(exception);
    }
}
