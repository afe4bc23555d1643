package org.factdesk.web.rest;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.service.queue.ClaimFilter;
import org.factdesk.service.queue.ClaimQueue;
import org.factdesk.service.queue.ClaimSort;
import org.factdesk.service.queue.QueueCursor;
import org.factdesk.service.queue.QueueLink;

/** The query parameters that select and order a queue, shared by the list and its CSV export. */
public class QueueParams {

    /** A page link's token: unpadded base64url, and never longer than a statement and a few keys need. */
    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{1,4000}");

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

    /** A page's {@code next} token: the page after its last row, however deep (see {@link QueueCursor}). */
    @QueryParam("after")
    String after;

    /** A page's {@code previous} token: the page before its first row. */
    @QueryParam("before")
    String before;

    /** The filter, read by the queue's one URL form ({@link QueueLink}); {@code me} as assignee is the caller. */
    ClaimFilter filter(String callerUsername) {
        Map<String, List<String>> given = new HashMap<>();
        given.put(QueueLink.STATUS, status);
        given.put(QueueLink.DESK, one(desk));
        given.put(QueueLink.ASSIGNEE, one(assignee));
        given.put(QueueLink.UNASSIGNED, one(Boolean.toString(unassigned)));
        given.put(QueueLink.TEXT, one(text));
        given.put(QueueLink.ATTRIBUTED, one(Boolean.toString(attributed)));
        given.put(QueueLink.OVERDUE, one(Boolean.toString(overdue)));
        try {
            return QueueLink.filter(given::get, callerUsername);
        } catch (QueueLink.BadValue bad) {
            throw new BadParameterException(bad.parameter(), bad.value());
        }
    }

    private static List<String> one(String value) {
        return value == null ? null : List.of(value);
    }

    List<ClaimSort> sorts() {
        List<ClaimSort> sorts = new ArrayList<>();
        for (String value : QueueLink.split(sort)) {
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

    /** The page link given, if any; {@code page} then only numbers the page. */
    QueueCursor cursor() {
        if (after != null && before != null) {
            throw new BadParameterException("before", "with after");
        }
        for (String token : new String[] {after, before}) {
            // what the service reads is checked there; what is not even a token is a malformed request
            if (token != null && !TOKEN.matcher(token).matches()) {
                throw new BadParameterException(token == after ? "after" : "before", token);
            }
        }
        return after != null ? QueueCursor.after(after) : before != null ? QueueCursor.before(before) : null;
    }
}
