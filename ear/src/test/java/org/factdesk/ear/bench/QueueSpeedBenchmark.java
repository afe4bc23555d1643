package org.factdesk.ear.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.factdesk.ear.Api;
import org.factdesk.ear.Api.Reply;
import org.factdesk.ear.BenchSeed;
import org.factdesk.ear.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Not a test: a benchmark. Seeds {@code -Dfactdesk.bench.claims} generated claims (default 100,000) into the
 * real EAR's database, then prints the server time of every kind of queue page (filtered, sorted, counted) and
 * of the dashboard next to the bare search engine doing the same work, and the same queues through REST.
 * Run with {@code mvn verify -pl ear -am -Pbench}; figures go to the console and to
 * {@code target/queue-benchmark.md}. Speed is reported, never asserted.
 */
@ExtendWith(ArquillianExtension.class)
class QueueSpeedBenchmark {

    private static final int RUNS = Integer.getInteger("factdesk.bench.runs", 30);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void queuePageAtScale() throws IOException {
        Api admin = Api.as("admin");
        JsonNode load = BenchSeed.ensure();
        if (load == null) {
            load = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree("{\"added\":0,\"total\":"
                            + admin.get("claims?size=1").json().path("total").asLong() + "}");
        }
        StringBuilder report = new StringBuilder()
                .append(String.format(
                        "Generated %,d claims in %,d ms (rows and database indexes %,d ms, search index %,d ms, "
                                + "the two overlapping); the database holds %,d.%n%n",
                        load.path("added").asLong(),
                        load.path("totalMillis").asLong(),
                        load.path("writeMillis").asLong(),
                        load.path("indexMillis").asLong(),
                        load.path("total").asLong()))
                .append("| scenario | matching | service median ms | service p95 ms | engine median ms | engine p95 ms "
                        + "| ratio (medians) |\n")
                .append("|---|---|---|---|---|---|---|\n");
        Reply timed = admin.get("admin/load/queue-benchmark?runs=" + RUNS, java.time.Duration.ofMinutes(30));
        if (timed.status() != 200) {
            throw new IllegalStateException("benchmark failed: " + timed);
        }
        for (JsonNode t : timed.json()) {
            double service = t.path("serviceMedian").asDouble();
            double engine = t.path("engineMedian").asDouble();
            report.append(String.format(
                    "| %s | %,d | %.1f | %.1f | %.1f | %.1f | %.1f |%n",
                    t.path("scenario").asText(),
                    t.path("matching").asLong(),
                    service,
                    t.path("service95").asDouble(),
                    engine,
                    t.path("engine95").asDouble(),
                    engine > 0 ? service / engine : 0));
        }
        report.append(
                String.format("%n%d runs each after one warm-up; 25 rows per page plus the total count.%n", RUNS));
        report.append(RestTimings.measure(RUNS));
        System.out.println("\n=== Queue benchmark ===\n" + report);
        Files.writeString(Path.of("target", "queue-benchmark.md"), report);
    }
}
