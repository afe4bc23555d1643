package org.factdesk.ear.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The queue as an API client sees it: each request timed from the client on loopback, with its session kept,
 * so the figure includes HTTP, authentication by session, JSON and the service — everything but the network.
 */
final class RestTimings {

    private static final Map<String, String> SCENARIOS = new LinkedHashMap<>();
    /** Stands for page 2,000 opened by the link page 1,999 gives, as a client paging through would. */
    private static final String NEXT_OF_1999 = "next of claims?page=1999";

    static {
        SCENARIOS.put("first page, default order", "claims");
        SCENARIOS.put("page 2,000 by number", "claims?page=2000");
        SCENARIOS.put("page 2,000 by \"next\"", NEXT_OF_1999);
        SCENARIOS.put("overdue", "claims?overdue=true");
        SCENARIOS.put("assigned to me", "claims?assignee=me&sort=due");
        SCENARIOS.put("unassigned, one desk", "claims?unassigned=true&desk=middle-east");
        SCENARIOS.put("text \"displaced\", relevance", "claims?q=displaced&sort=relevance");
        SCENARIOS.put("text with no match", "claims?q=zyxwvut");
        SCENARIOS.put("phrase, status and desk", "claims?q=%22air%20strike%22&status=IN_REVIEW&desk=middle-east");
        SCENARIOS.put("past the end", "claims?page=10000000");
    }

    private RestTimings() {}

    static String measure(int runs) {
        RestClient checker = new RestClient("checker");
        StringBuilder table = new StringBuilder("\nREST, timed by the client on loopback (session kept):\n\n"
                + "| request | status | total | median ms | p95 ms |\n|---|---|---|---|---|\n");
        for (Map.Entry<String, String> scenario : SCENARIOS.entrySet()) {
            String request = scenario.getValue();
            if (NEXT_OF_1999.equals(request)) {
                String next = checker.get("claims?page=1999")
                        .body()
                        .replaceAll("(?s).*\"next\"\\s*:\\s*\"([^\"]+)\".*", "$1");
                request = "claims?page=2000&after=" + next;
            }
            RestClient.Answer warm = checker.get(request);
            long[] nanos = new long[runs];
            for (int i = 0; i < runs; i++) {
                nanos[i] = checker.get(request).nanos();
            }
            String total = warm.body().replaceAll("(?s).*\"total\"\\s*:\\s*(\\d+).*", "$1");
            table.append(String.format(
                    "| %s `%s` | %d | %s | %.1f | %.1f |%n",
                    scenario.getKey(),
                    request.length() > 60 ? request.substring(0, 40) + "…" : request,
                    warm.status(),
                    total.length() > 12 ? "?" : total,
                    RestClient.percentile(nanos, 50),
                    RestClient.percentile(nanos, 95)));
        }
        return table.toString();
    }
}
