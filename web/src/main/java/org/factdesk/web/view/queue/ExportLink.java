package org.factdesk.web.view.queue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;
import java.util.stream.Collectors;
import org.factdesk.model.claim.ClaimStatus;
import org.factdesk.service.queue.ClaimFilter;

/**
 * The CSV export's query string for a queue: the page's filter in the parameters of {@code GET /api/claims}
 * (the page says {@code mine}, the API says {@code assignee=me}).
 */
final class ExportLink {

    private ExportLink() {}

    static String query(ClaimFilter filter, boolean mine) {
        StringJoiner query = new StringJoiner("&");
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            query.add("status="
                    + filter.statuses().stream().sorted().map(ClaimStatus::name).collect(Collectors.joining(",")));
        }
        add(query, "desk", filter.desk());
        add(query, "q", filter.text());
        if (mine) {
            query.add("assignee=me");
        }
        if (filter.unassigned()) {
            query.add("unassigned=true");
        }
        if (filter.attributedOnly()) {
            query.add("attributed=true");
        }
        if (filter.overdueOnly()) {
            query.add("overdue=true");
        }
        return query.toString();
    }

    private static void add(StringJoiner query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
