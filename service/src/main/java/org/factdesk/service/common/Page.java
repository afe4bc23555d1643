package org.factdesk.service.common;

import java.util.List;
import java.util.function.Function;

/** One page of a query result, with the total the database counted. */
public record Page<T>(List<T> items, int offset, int limit, long total) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), offset, limit, total);
    }
}
