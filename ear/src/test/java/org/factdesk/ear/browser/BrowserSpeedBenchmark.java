package org.factdesk.ear.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.ear.Api;
import org.factdesk.ear.BenchSeed;
import org.factdesk.ear.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Not a test: a benchmark of the screens in headless Chromium, on whatever the database holds (run it after
 * {@code QueueSpeedBenchmark} has seeded it). Each step is timed from the navigation or click to the rendered
 * page with PrimeFaces idle: log in to the dashboard, every named queue, a filtered and a text queue, next
 * page, a sort, a claim page. Prints median and worst of a few rounds; never asserts a time.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserSpeedBenchmark {

    private static final int ROUNDS = Integer.getInteger("factdesk.bench.browserRounds", 5);

    private static final Map<String, String> QUEUES = new LinkedHashMap<>();

    static {
        QUEUES.put("queue, all claims", "queue/index.xhtml");
        QUEUES.put("queue: unassigned", "queue/index.xhtml?unassigned=true");
        QUEUES.put("queue: assigned to me", "queue/index.xhtml?mine=true");
        QUEUES.put("queue: awaiting approval", "queue/index.xhtml?status=AWAITING_APPROVAL");
        QUEUES.put("queue: overdue", "queue/index.xhtml?overdue=true");
        QUEUES.put("queue: unverified attributed", "queue/index.xhtml?status=NEW&attributed=true");
        QUEUES.put("queue: one desk", "queue/index.xhtml?desk=middle-east");
        QUEUES.put("queue: text + status", "queue/index.xhtml?q=displaced&status=IN_REVIEW");
    }

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void screensAtScale() throws IOException {
        if (!EditorPages.browserInstalled()) {
            System.out.println("BrowserSpeedBenchmark skipped: /usr/bin/chromium or /usr/bin/chromedriver is missing");
            return;
        }
        BenchSeed.ensure();
        long claims = Api.as("editor").get("claims?size=1").json().path("total").asLong();
        long someClaim = Api.as("editor").get("claims?size=1").json().at("/items/0/id").asLong();
        Map<String, List<Long>> times = new LinkedHashMap<>();
        try (EditorPages pages = new EditorPages(Deployments.BASE)) {
            for (int round = 0; round < ROUNDS + 1; round++) {
                boolean warmUp = round == 0;
                long start = System.nanoTime();
                pages.logIn("checker", Deployments.DEMO_PASSWORD);
                record(times, warmUp, "log in → dashboard", start);
                start = System.nanoTime();
                pages.open("dashboard/index.xhtml");
                record(times, warmUp, "dashboard", start);
                for (Map.Entry<String, String> queue : QUEUES.entrySet()) {
                    start = System.nanoTime();
                    pages.open(queue.getValue());
                    pages.waitVisible("#queue\\:claims .ui-paginator-current");
                    record(times, warmUp, queue.getKey(), start);
                }
                pages.open("queue/index.xhtml");
                start = System.nanoTime();
                pages.nextQueuePage(26);
                record(times, warmUp, "queue: next page", start);
                start = System.nanoTime();
                // one click: an unsorted column sorts ascending first (descending would time two round trips)
                pages.sortQueue("Check-worthy", false);
                record(times, warmUp, "queue: sort by a column", start);
                start = System.nanoTime();
                pages.openClaim(someClaim);
                record(times, warmUp, "claim page", start);
                pages.logOut();
            }
        }
        StringBuilder report = new StringBuilder(String.format("%nScreens in headless Chromium with %,d claims, %d "
                + "rounds after a warm-up:%n%n| step | median ms | worst ms |%n|---|---|---|%n", claims, ROUNDS));
        times.forEach((step, values) -> {
            List<Long> sorted = new ArrayList<>(values);
            sorted.sort(null);
            report.append(String.format("| %s | %d | %d |%n", step, sorted.get(sorted.size() / 2),
                    sorted.get(sorted.size() - 1)));
        });
        System.out.println("\n=== Browser benchmark ===" + report);
        Files.writeString(Path.of("target", "browser-benchmark.md"), report);
    }

    private static void record(Map<String, List<Long>> times, boolean warmUp, String step, long start) {
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (!warmUp) {
            times.computeIfAbsent(step, s -> new ArrayList<>()).add(millis);
        }
    }
}
