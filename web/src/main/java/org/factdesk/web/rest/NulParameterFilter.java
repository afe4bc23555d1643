package org.factdesk.web.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/**
 * Refuses a query parameter that holds a NUL character with 400 naming the parameter. No text a person means
 * contains one, and PostgreSQL cannot store or compare it: passed on, it would fail deep in a query as a 500.
 */
@Provider
@PreMatching
public class NulParameterFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        MultivaluedMap<String, String> parameters = request.getUriInfo().getQueryParameters();
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (parameter.getKey().indexOf('\0') >= 0) {
                throw new BadParameterException("query", visible(parameter.getKey()));
            }
            for (String value : parameter.getValue()) {
                if (value != null && value.indexOf('\0') >= 0) {
                    throw new BadParameterException(parameter.getKey(), visible(value));
                }
            }
        }
    }

    /** The value as a person can read it back in the problem: the NUL shown as its escape. */
    static String visible(String value) {
        return value.replace("\0", "\\0");
    }
}
