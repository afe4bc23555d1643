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
 * {@code QueueSpeedBenchmark} has seeded it): log in to the dashboard, every named queue, a filtered and a text
 * queue, next page, a sort, a claim page. Each step is timed twice: by the browser's own clock (navigation start
 * to load event end; click to the ajax update applied), which is what a user waits, and by the test around the
 * WebDriver calls, which adds the driver's round trips and polling (on two cores, shared with the server, that
 * was up to half the figure). Prints median and worst of a few rounds; never asserts a time.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserSpeedBenchmark {

    private static final int ROUNDS = Integer.getInteger("factdesk.bench.browserRounds", 5);

    private static final Map<String, String> QUEUES = new LinkedHashMap<>();

    static {
        QUEUES.put("queue, all claims", "queue/index.xhtml");
        QUEUES.put("queue: unassigned", "queue/index.xhtml?unassigned=true");
        QUEUES.put("queue: assigned to me", "queue/index.xhtml?assignee=me");
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
        long someClaim =
                Api.as("editor").get("claims?size=1").json().at("/items/0/id").asLong();
        Map<String, List<Long>> browser = new LinkedHashMap<>();
        Map<String, List<Long>> driven = new LinkedHashMap<>();
        try (EditorPages pages = new EditorPages(Deployments.BASE)) {
            for (int round = 0; round < ROUNDS + 1; round++) {
                Timer timer = new Timer(round == 0, browser, driven);
                long start = System.nanoTime();
                pages.logIn("checker", Deployments.DEMO_PASSWORD);
                timer.record("log in → dashboard", start, pages.pageLoadMillis());
                start = System.nanoTime();
                pages.open("dashboard/index.xhtml");
                timer.record("dashboard", start, pages.pageLoadMillis());
                for (Map.Entry<String, String> queue : QUEUES.entrySet()) {
                    start = System.nanoTime();
                    pages.open(queue.getValue());
                    pages.waitVisible("#queue\\:claims .ui-paginator-current");
                    timer.record(queue.getKey(), start, pages.pageLoadMillis());
                }
                pages.open("queue/index.xhtml");
                pages.armClickTimer();
                start = System.nanoTime();
                pages.nextQueuePage(26);
                timer.record("queue: next page", start, pages.clickToUpdateMillis());
                pages.armClickTimer();
                start = System.nanoTime();
                // one click: an unsorted column sorts ascending first (descending would time two round trips)
                pages.sortQueue("Check-worthy", false);
                timer.record("queue: sort by a column", start, pages.clickToUpdateMillis());
                start = System.nanoTime();
                pages.openClaim(someClaim);
                timer.record("claim page", start, pages.pageLoadMillis());
                pages.logOut();
            }
        }
        StringBuilder report = new StringBuilder(String.format(
                "%nScreens in headless Chromium with %,d claims, %d "
                        + "rounds after a warm-up. \"In the browser\": from navigation start (or the click) to the page "
                        + "loaded (or the ajax update applied), by the browser's clock; \"through WebDriver\": the same step "
                        + "timed by the test, with WebDriver's round trips and polling.%n%n"
                        + "| step | in the browser, median ms | worst ms | through WebDriver, median ms | worst ms |%n"
                        + "|---|---|---|---|---|%n",
                claims, ROUNDS));
        browser.forEach((step, values) -> report.append(String.format(
                "| %s | %d | %d | %d | %d |%n",
                step, median(values), worst(values), median(driven.get(step)), worst(driven.get(step)))));
        System.out.println("\n=== Browser benchmark ===" + report);
        Files.writeString(Path.of("target", "browser-benchmark.md"), report);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    private static long worst(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElseThrow();
    }

    /** Keeps each step's two figures, except in the warm-up round. */
    private record Timer(boolean warmUp, Map<String, List<Long>> browser, Map<String, List<Long>> driven) {

        void record(String step, long start, long browserMillis) {
            if (!warmUp) {
                browser.computeIfAbsent(step, s -> new ArrayList<>()).add(browserMillis);
                driven.computeIfAbsent(step, s -> new ArrayList<>()).add((System.nanoTime() - start) / 1_000_000);
            }
        }
    }
}
