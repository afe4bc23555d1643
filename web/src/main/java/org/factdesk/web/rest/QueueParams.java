package org.factdesk.web.rest;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.factdesk.model.claim.ClaimStatus;
import org.factdesk.service.queue.ClaimFilter;
import org.factdesk.service.queue.ClaimQueue;
import org.factdesk.service.queue.ClaimSort;

/** The query parameters that select and order a queue, shared by the list and its CSV export. */
public class QueueParams {

    @QueryParam("status")
    List<String> status;

    @QueryParam("desk")
    String desk;

    @QueryParam("assignee")
    String assignee;

    @QueryParam("unassigned")
    boolean unassigned;

    @QueryParam("q")
    String text;

    @QueryParam("attributed")
    boolean attributed;

    @QueryParam("overdue")
    boolean overdue;

    @QueryParam("sort")
    List<String> sort;

    @QueryParam("page")
    @DefaultValue("0")
    int page;

    @QueryParam("size")
    @DefaultValue("25")
    int size;

    /** The filter; {@code me} as assignee stands for the caller. */
    ClaimFilter filter(String callerUsername) {
        Set<ClaimStatus> statuses = EnumSet.noneOf(ClaimStatus.class);
        for (String value : split(status)) {
            statuses.add(BadParameterException.parse(ClaimStatus.class, "status", value));
        }
        String who = "me".equals(assignee) ? callerUsername : assignee;
        return new ClaimFilter(statuses, desk, who, unassigned, text, attributed, overdue);
    }

    List<ClaimSort> sorts() {
        List<ClaimSort> sorts = new ArrayList<>();
        for (String value : split(sort)) {
            try {
                sorts.add(ClaimSort.parse(value));
            } catch (IllegalArgumentException e) {
                throw new BadParameterException("sort", value);
            }
        }
        return sorts;
    }

    int offset() {
        if (page < 0) {
            throw new BadParameterException("page", Integer.toString(page));
        }
        // A page far past any queue is simply empty: clamp rather than overflow.
        return (int) Math.min((long) page * size, Integer.MAX_VALUE - (long) ClaimQueue.MAX_PAGE_SIZE);
    }

    /** Accepts both ?status=NEW&status=TRIAGED and ?status=NEW,TRIAGED. */
    private static List<String> split(List<String> values) {
        List<String> parts = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                for (String part : value.split(",")) {
                    if (!part.isBlank()) {
                        parts.add(part.strip());
                    }
                }
            }
        }
        return parts;
    }
}
