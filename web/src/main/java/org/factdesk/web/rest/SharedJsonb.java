package org.factdesk.web.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The one JSON-B context every request body and every answer of the API is read and written with. Without it
 * RESTEasy (6.2, in WildFly) builds a new {@code Jsonb} for each body it reads or writes, and Yasson then
 * introspects every record of the body again: reading the bodies alone took a tenth of the request threads' time
 * under twenty editors saving at once (docs/performance.md). A {@code Jsonb} is thread-safe; this one has the default configuration
 * RESTEasy's own would have, so nothing on the wire changes.
 */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
