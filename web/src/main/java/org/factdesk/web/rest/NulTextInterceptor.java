package org.factdesk.web.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import org.factdesk.service.common.InvalidInputException;

/**
 * Refuses a request body whose text holds a NUL character ({@code \u0000} in JSON) with 422 naming the field,
 * before any service sees it. It is well-formed JSON, but no text a person writes contains one, and PostgreSQL
 * cannot store it: passed on, it would fail at the insert as a 500. Request bodies are records (see
 * {@link Dtos}), read here component by component, with lists and maps inside them.
 */
@Provider
public class NulTextInterceptor implements ReaderInterceptor {

    private static final int MAX_DEPTH = 8;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException, WebApplicationException {
        Object body = context.proceed();
        String field = nulField(body, "", 0);
        if (field != null) {
            throw new InvalidInputException(
                    field.isEmpty() ? "body" : field, "error.nulCharacter", "The text holds a NUL character");
        }
        return body;
    }

    /** The path of the first text holding a NUL ("attribution.name", "tags"), or null when there is none. */
    static String nulField(Object value, String path, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return null;
        }
        if (value instanceof CharSequence text) {
            return text.toString().indexOf('\0') >= 0 ? path : null;
        }
        if (value instanceof jakarta.json.JsonString text) {
            return text.getString().indexOf('\0') >= 0 ? path : null;
        }
        if (value instanceof Collection<?> items) {
            for (Object item : items) {
                String found = nulField(item, path, depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String key = String.valueOf(entry.getKey());
                String found = key.indexOf('\0') >= 0 ? path : nulField(entry.getValue(), join(path, key), depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                Object part;
                try {
                    part = component.getAccessor().invoke(value);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    continue; // a part this check cannot read is left to the service's own validation
                }
                String found = nulField(part, join(path, component.getName()), depth + 1);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
