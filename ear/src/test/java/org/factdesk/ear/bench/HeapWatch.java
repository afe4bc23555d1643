package org.factdesk.ear.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Watches the server's heap while a benchmark phase runs: every 5 s it reads the management port's
 * {@code /metrics} (loopback) and keeps the highest heap in use and the heap's maximum (the server's
 * {@code -Xmx}). In use includes garbage not yet collected, so the peak is an upper bound of what the load needs.
 * Not more often: one scrape of WildFly's metrics costs the server 0.2–1 s of CPU, and scraping every 250 ms
 * made the writes measured beside it several times slower at the tail.
 */
final class HeapWatch implements AutoCloseable {

    private static final URI METRICS =
            URI.create("http://localhost:" + Integer.getInteger("factdesk.test.management.port", 10090) + "/metrics");
    private static final Pattern LINE = Pattern.compile(
            "^jvm_memory_(used|max)_bytes\\{area=\"heap\",id=\"[^\"]*\"} ([0-9.Ee+-]+)$", Pattern.MULTILINE);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong max = new AtomicLong();

    HeapWatch() {
        timer.scheduleWithFixedDelay(this::sample, 0, 5, TimeUnit.SECONDS);
    }

    private void sample() {
        try {
            String body = http.send(
                            HttpRequest.newBuilder(METRICS)
                                    .timeout(Duration.ofSeconds(2))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            long used = 0;
            long limit = 0;
            Matcher m = LINE.matcher(body);
            while (m.find()) {
                long bytes = (long) Double.parseDouble(m.group(2));
                if ("used".equals(m.group(1))) {
                    used += bytes;
                } else if (bytes > 0) {
                    limit += bytes;
                }
            }
            peakUsed.accumulateAndGet(used, Math::max);
            max.set(limit);
        } catch (IOException e) {
            // a missed sample; the next one counts
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** "heap in use peaked at … MiB of … MiB" for the report, or why there is no figure. */
    String summary() {
        if (max.get() == 0) {
            return "heap not measured: " + METRICS + " gave no jvm_memory figures";
        }
        return String.format(
                "server heap in use (garbage included) peaked at %,d MiB of its %,d MiB maximum",
                peakUsed.get() >> 20, max.get() >> 20);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
