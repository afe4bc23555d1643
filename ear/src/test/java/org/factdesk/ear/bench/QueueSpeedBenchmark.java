package org.factdesk.ear.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.factdesk.ear.Api;
import org.factdesk.ear.Api.Reply;
import org.factdesk.ear.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Not a test: a benchmark. Seeds 100,000 generated claims into the real EAR's database, then prints the
 * server time of a 25-row queue page (filtered, sorted, counted) next to the same SQL run directly.
 * Run with {@code mvn verify -pl ear -am -Pbench}; figures go to the console and to
 * {@code target/queue-benchmark.md}. Speed is reported, never asserted.
 */
@ExtendWith(ArquillianExtension.class)
class QueueSpeedBenchmark {

    private static final int CLAIMS = Integer.getInteger("factdesk.bench.claims", 100_000);
    private static final int RUNS = Integer.getInteger("factdesk.bench.runs", 30);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void queuePageAtScale() throws IOException {
        Api admin = Api.as("admin");
        Reply generated = admin.post("admin/load/claims?count=" + CLAIMS, "");
        if (generated.status() != 200) {
            throw new IllegalStateException("generating failed: " + generated);
        }
        JsonNode load = generated.json();
        StringBuilder report = new StringBuilder()
                .append(String.format("Generated %,d claims in %,d ms; the database holds %,d.%n%n",
                        load.path("added").asLong(), load.path("millis").asLong(), load.path("total").asLong()))
                .append("| scenario | matching | service median ms | service p95 ms | SQL median ms | SQL p95 ms |\n")
                .append("|---|---|---|---|---|---|\n");
        Reply timed = admin.get("admin/load/queue-benchmark?runs=" + RUNS);
        if (timed.status() != 200) {
            throw new IllegalStateException("benchmark failed: " + timed);
        }
        for (JsonNode t : timed.json()) {
            report.append(String.format("| %s | %,d | %.1f | %.1f | %.1f | %.1f |%n", t.path("scenario").asText(),
                    t.path("matching").asLong(), t.path("serviceMedian").asDouble(), t.path("service95").asDouble(),
                    t.path("sqlMedian").asDouble(), t.path("sql95").asDouble()));
        }
        report.append(String.format("%n%d runs each after one warm-up; 25 rows per page plus the total count.%n",
                RUNS));
        System.out.println("\n=== Queue benchmark ===\n" + report);
        Files.writeString(Path.of("target", "queue-benchmark.md"), report);
    }
}
