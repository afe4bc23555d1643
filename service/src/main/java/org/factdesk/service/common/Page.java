package org.factdesk.service.common;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a query result, with the total counted, and where that has a meaning, the tokens that open the
 * pages on either side of it by their keys rather than by an offset ({@code null} when there is none).
 */
public record Page<T>(List<T> items, int offset, int limit, long total, String next, String previous) {

    public Page(List<T> items, int offset, int limit, long total) {
        this(items, offset, limit, total, null, null);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), offset, limit, total, next, previous);
    }
}
