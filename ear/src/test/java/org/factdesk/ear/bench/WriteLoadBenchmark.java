package org.factdesk.ear.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.factdesk.ear.BenchSeed;
import org.factdesk.ear.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Not a test: a benchmark of writes as the database grows. {@value #EDITORS} editors, each in their own session,
 * work at once through the API — open a claim, comment on it, triage it, add evidence — for a bounded number of
 * rounds on loopback; then every acknowledged write is read back. Prints latency per kind of write and how
 * many acknowledged writes are missing (it must be none). Run after {@link QueueSpeedBenchmark} has seeded
 * the database. Speed is reported, never asserted.
 */
@ExtendWith(ArquillianExtension.class)
class WriteLoadBenchmark {

    private static final int EDITORS = Integer.getInteger("factdesk.bench.editors", 20);
    private static final int ROUNDS = Integer.getInteger("factdesk.bench.rounds", 25);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void twentyEditorsWriteAtOnce() throws Exception {
        BenchSeed.ensure();
        Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Long> acknowledged = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
        long start = System.nanoTime();
        for (int e = 0; e < EDITORS; e++) {
            int editor = e;
            pool.submit(() -> work(editor, latencies, acknowledged, failures));
        }
        pool.shutdown();
        if (!pool.awaitTermination(30, TimeUnit.MINUTES)) {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        RestClient reader = new RestClient("editor");
        int lost = 0;
        for (long id : acknowledged) {
            RestClient.Answer claim = reader.get("claims/" + id);
            JsonNode detail = claim.status() == 200 ? JSON.readTree(claim.body()) : null;
            if (detail == null || !"TRIAGED".equals(detail.path("status").asText())
                    || detail.path("comments").size() != 1 || detail.path("evidence").size() != 1) {
                lost++;
            }
        }
        long writes = latencies.values().stream().mapToLong(ConcurrentLinkedQueue::size).sum();
        StringBuilder report = new StringBuilder(String.format("%nWrites: %d editors × %d rounds, %,d requests in "
                + "%.1f s (%.0f writes/s); %d failed; %d of %d acknowledged claims missing or incomplete.%n%n"
                + "| write | count | median ms | p95 ms |%n|---|---|---|---|%n", EDITORS, ROUNDS, writes, seconds,
                writes / seconds, failures.size(), lost, acknowledged.size()));
        for (String kind : List.of("create claim", "comment", "transition", "evidence")) {
            long[] nanos = latencies.getOrDefault(kind, new ConcurrentLinkedQueue<>()).stream()
                    .mapToLong(Long::longValue).toArray();
            report.append(String.format("| %s | %d | %.1f | %.1f |%n", kind, nanos.length,
                    RestClient.percentile(nanos, 50), RestClient.percentile(nanos, 95)));
        }
        failures.stream().limit(5).forEach(f -> report.append("failure: ").append(f).append('\n'));
        System.out.println("\n=== Write benchmark ===" + report);
        Files.writeString(Path.of("target", "write-benchmark.md"), report);
    }

    private static void work(int editor, Map<String, ConcurrentLinkedQueue<Long>> latencies,
            ConcurrentLinkedQueue<Long> acknowledged, ConcurrentLinkedQueue<String> failures) {
        RestClient client = new RestClient("editor");
        client.get("me");
        for (int round = 0; round < ROUNDS; round++) {
            RestClient.Answer created = timed(latencies, "create claim", client.post("claims",
                    "{\"statement\": \"Editor " + editor + " round " + round + ": 120 trucks reached Idlib.\", "
                            + "\"desk\": \"middle-east\"}"));
            if (created.status() != 201 && created.status() != 200) {
                failures.add("create " + created.status() + " " + created.body());
                continue;
            }
            long id;
            try {
                id = JSON.readTree(created.body()).path("id").asLong();
            } catch (IOException e) {
                failures.add("create answered unreadable JSON");
                continue;
            }
            // triage first, with the version the claim was created at: a comment moves the claim's version on,
            // so a triage sent after it with version 0 is (rightly) refused as a conflict
            RestClient.Answer triage = timed(latencies, "transition", client.post("claims/" + id + "/transitions",
                    "{\"transition\": \"TRIAGE\", \"version\": 0}"));
            RestClient.Answer comment = timed(latencies, "comment",
                    client.post("claims/" + id + "/comments", "{\"text\": \"Checking the convoy count.\"}"));
            RestClient.Answer evidence = timed(latencies, "evidence", client.post("claims/" + id + "/evidence",
                    "{\"description\": \"UN convoy tracker\", \"kind\": \"DATA\", \"stance\": \"SUPPORTS\", "
                            + "\"reliability\": \"B\", \"credibility\": 2}"));
            List<RestClient.Answer> answers = new ArrayList<>(List.of(triage, comment, evidence));
            if (answers.stream().allMatch(a -> a.status() / 100 == 2)) {
                acknowledged.add(id);
            } else {
                answers.stream().filter(a -> a.status() / 100 != 2)
                        .forEach(a -> failures.add(a.status() + " " + a.body()));
            }
        }
    }

    private static RestClient.Answer timed(Map<String, ConcurrentLinkedQueue<Long>> latencies, String kind,
            RestClient.Answer answer) {
        latencies.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>()).add(answer.nanos());
        return answer;
    }
}
