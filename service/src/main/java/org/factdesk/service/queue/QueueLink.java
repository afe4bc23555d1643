package org.factdesk.service.queue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.factdesk.model.claim.ClaimStatus;

/**
 * The one URL form of a queue's filter, read and written here only: the queue page's address (bookmarks, the
 * named queues, the dashboard's counts, saved searches), the CSV export link and {@code GET /api/claims} use the
 * same parameters — {@code status} (repeated or comma-separated), {@code desk}, {@code assignee} (a user name,
 * or {@code me}), {@code unassigned}, {@code q}, {@code attributed}, {@code overdue}. The page's older
 * {@code mine=true}, kept in saved searches, still reads as {@code assignee=me}.
 */
public final class QueueLink {

    public static final String STATUS = "status";
    public static final String DESK = "desk";
    public static final String ASSIGNEE = "assignee";
    public static final String UNASSIGNED = "unassigned";
    public static final String TEXT = "q";
    public static final String ATTRIBUTED = "attributed";
    public static final String OVERDUE = "overdue";
    /** The caller, as {@code assignee}. */
    public static final String ME = "me";
    /** The page's former way of saying {@code assignee=me}, still found in saved searches and bookmarks. */
    private static final String MINE = "mine";

    private QueueLink() {}

    /** A parameter value that does not name anything (an unknown status); the caller says so as it may. */
    public static final class BadValue extends IllegalArgumentException {
        private final String parameter;
        private final String value;

        BadValue(String parameter, String value) {
            super(parameter + "=" + value);
            this.parameter = parameter;
            this.value = value;
        }

        public String parameter() {
            return parameter;
        }

        public String value() {
            return value;
        }
    }

    /**
     * The query string of a filter, parameters in a fixed order, values encoded; the {@code caller}'s own
     * claims as {@code assignee=me}, so a saved or shared link means "mine" for whoever opens it.
     */
    public static String query(ClaimFilter filter, String caller) {
        StringJoiner query = new StringJoiner("&");
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            query.add(STATUS + "="
                    + filter.statuses().stream().sorted().map(ClaimStatus::name).collect(Collectors.joining(",")));
        }
        add(query, DESK, filter.desk());
        add(query, TEXT, filter.text());
        if (filter.assignee() != null) {
            add(query, ASSIGNEE, filter.assignee().equals(caller) ? ME : filter.assignee());
        }
        if (filter.unassigned()) {
            query.add(UNASSIGNED + "=true");
        }
        if (filter.attributedOnly()) {
            query.add(ATTRIBUTED + "=true");
        }
        if (filter.overdueOnly()) {
            query.add(OVERDUE + "=true");
        }
        return query.toString();
    }

    /**
     * The filter the parameters name ({@code parameters} gives a parameter's values, or {@code null}); {@code me}
     * as assignee is the {@code caller}. An unknown status is a {@link BadValue}.
     */
    public static ClaimFilter filter(Function<String, List<String>> parameters, String caller) {
        Set<ClaimStatus> statuses = EnumSet.noneOf(ClaimStatus.class);
        for (String value : split(parameters.apply(STATUS))) {
            try {
                statuses.add(ClaimStatus.valueOf(value.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new BadValue(STATUS, value);
            }
        }
        String assignee = first(parameters.apply(ASSIGNEE));
        if (assignee == null && on(parameters.apply(MINE))) {
            assignee = ME;
        }
        return ClaimFilter.all()
                .withStatuses(statuses)
                .withDesk(first(parameters.apply(DESK)))
                .withAssignee(ME.equals(assignee) ? caller : assignee)
                .withUnassigned(on(parameters.apply(UNASSIGNED)))
                .withText(first(parameters.apply(TEXT)))
                .withAttributedOnly(on(parameters.apply(ATTRIBUTED)))
                .withOverdueOnly(on(parameters.apply(OVERDUE)));
    }

    /** Both ?status=NEW&status=TRIAGED and ?status=NEW,TRIAGED. */
    public static List<String> split(List<String> values) {
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

    private static String first(List<String> values) {
        if (values == null) {
            return null;
        }
        return values.stream()
                .filter(v -> v != null && !v.isBlank())
                .findFirst()
                .orElse(null);
    }

    private static boolean on(List<String> values) {
        return values != null && values.stream().anyMatch(v -> "true".equalsIgnoreCase(v.strip()));
    }

    private static void add(StringJoiner query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
