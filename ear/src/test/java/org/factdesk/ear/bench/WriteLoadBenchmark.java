package org.factdesk.ear.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.factdesk.ear.BenchSeed;
import org.factdesk.ear.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Not a test: a benchmark of writes as the database grows. {@value #EDITORS_DEFAULT} editors, each in their own
 * session, work at once through the API — open a claim, triage it, comment on it, add evidence — on loopback;
 * then every acknowledged write is read back. Two phases:
 * <ul>
 * <li><b>at a working pace</b>: each editor saves once every {@code factdesk.bench.pace.ms} (default one second,
 * so twenty saves a second in all: a desk on election night). The latency figures that count come from here.</li>
 * <li><b>flat out</b>: the same editors with no pause between saves. In a closed loop like this the latency is
 * only the editors' number divided by the throughput (Little's law), so the figure to read is writes per
 * second: the capacity of this machine, client and server together.</li>
 * </ul>
 * Before the paced phase, the server is warmed up — rounds flat out, then turns at the working pace until its JIT
 * compiler falls quiet — and left to fall quiet after that (at most {@code factdesk.bench.settle.seconds}, 180 by
 * default): what is measured is a server that has been running, as a newsroom's has, not one still compiling its
 * write paths and merging the index segments the warm-up wrote. Each phase also reports the server's CPU time (the
 * compiler's part of it too) and its heap, read from the operating system and the server's garbage collection log.
 * Prints latency per kind of write and how many acknowledged writes are missing (it must be none). Run after
 * {@link QueueSpeedBenchmark} has seeded the database. Speed is reported, never asserted.
 */
@ExtendWith(ArquillianExtension.class)
class WriteLoadBenchmark {

    private static final int EDITORS_DEFAULT = 20;
    private static final int EDITORS = Integer.getInteger("factdesk.bench.editors", EDITORS_DEFAULT);
    /** Rounds at a working pace: 30 (two minutes, 600 saves of each kind), so a p95 rests on 30 saves. */
    private static final int PACED_ROUNDS = Integer.getInteger("factdesk.bench.paced.rounds", 30);

    private static final int ROUNDS = Integer.getInteger("factdesk.bench.rounds", 10);
    /**
     * Rounds flat out before anything is measured ({@code factdesk.bench.warm-up.rounds}): 20 (1,600 saves) let the
     * JIT compile the write paths; after the 5 used before, the compiler threads still took a fifth of the CPU
     * during the measured rounds.
     */
    private static final int WARM_UP_ROUNDS = Integer.getInteger("factdesk.bench.warm-up.rounds", 20);
    /**
     * Rounds of each warm-up turn at the working pace (20 s at the default pace). The flat-out rounds above leave
     * the JIT compiler with work: a flight recording of the measured minutes after them showed the compiler threads
     * using 0.7–0.9 of a core for the first minute at the pace, against a tenth in the second, and creates slowest
     * in that first minute. So turns at the pace follow until the compiler uses under {@link #QUIET_COMPILER} of a
     * core in one, at most {@link #WARM_UP_TURNS} of them.
     */
    private static final int WARM_UP_TURN_ROUNDS = 5;

    private static final int WARM_UP_TURNS = Integer.getInteger("factdesk.bench.warm-up.turns", 15);
    /** The share of one core under which the compiler counts as done warming up (the settle's own tenth). */
    private static final double QUIET_COMPILER = 0.1;
    /** Warm-up turns number their rounds from here, so their claims are not near copies of the measured ones. */
    private static final int WARM_UP_FIRST_ROUND = 1000;

    private static final long PACE_MILLIS = Long.getLong("factdesk.bench.pace.ms", 1000);
    private static final List<String> KINDS = List.of("create claim", "transition", "comment", "evidence");
    /**
     * Where the claims the editors open happened: the places of the generated history, so a new claim shares words
     * with tens of thousands of earlier ones (its duplicate check has real work to do), yet is not a copy of every
     * claim earlier runs of this benchmark opened on the same database (one fixed sentence was: each run added
     * 1,800 copies of it to the database the next run measured on).
     */
    private static final List<String> PLACES = List.of(
            "southern Idlib", "western Aleppo", "Latakia", "Kherson", "Gaza City", "Khartoum", "Mariupol", "Tigray");

    private static final ObjectMapper JSON = new ObjectMapper();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void twentyEditorsWriteAtOnce() throws Exception {
        BenchSeed.ensure();
        StringBuilder report = new StringBuilder();
        phase("warm-up (not reported)", 0, WARM_UP_ROUNDS, 0); // the server compiles and caches its write paths
        report.append("\n").append(warmUpAtPace());
        String settled = ServerWatch.settle(Duration.ofSeconds(Long.getLong("factdesk.bench.settle.seconds", 180)));
        report.append("\n").append(settled).append(".\n");
        report.append(phase(
                String.format("at a working pace (each editor saves every %,d ms)", PACE_MILLIS),
                PACE_MILLIS,
                PACED_ROUNDS,
                0));
        report.append(phase("flat out (no pause between saves)", 0, ROUNDS, 0));
        System.out.println("\n=== Write benchmark ===" + report);
        Files.writeString(Path.of("target", "write-benchmark.md"), report);
    }

    /** Turns at the working pace until the JIT compiler falls quiet (see {@link #WARM_UP_TURN_ROUNDS}). */
    private static String warmUpAtPace() throws Exception {
        List<String> shares = new ArrayList<>();
        for (int turn = 0; turn < WARM_UP_TURNS; turn++) {
            ServerWatch watch = new ServerWatch();
            phase(
                    "warm-up at the pace (not reported)",
                    PACE_MILLIS,
                    WARM_UP_TURN_ROUNDS,
                    WARM_UP_FIRST_ROUND + turn * WARM_UP_TURN_ROUNDS);
            double share = watch.compilerShare();
            shares.add(String.format("%.0f %%", 100 * share));
            if (share < QUIET_COMPILER) {
                return String.format(
                        "warmed up by %d rounds flat out, then %d turns of %d rounds at the working pace, until the JIT "
                                + "compiler used under %.0f %% of one core in a turn (it used %s of one core in them).",
                        WARM_UP_ROUNDS, turn + 1, WARM_UP_TURN_ROUNDS, 100 * QUIET_COMPILER, String.join(", ", shares));
            }
        }
        return String.format(
                "warmed up by %d rounds flat out, then %d turns of %d rounds at the working pace; the JIT compiler was "
                        + "still busy (it used %s of one core in them), measured anyway.",
                WARM_UP_ROUNDS, WARM_UP_TURNS, WARM_UP_TURN_ROUNDS, String.join(", ", shares));
    }

    private static String phase(String name, long paceMillis, int rounds, int firstRound) throws Exception {
        Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Long> acknowledged = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
        ServerWatch server = new ServerWatch();
        long start = System.nanoTime();
        for (int e = 0; e < EDITORS; e++) {
            int editor = e;
            pool.submit(() -> work(editor, paceMillis, firstRound, rounds, latencies, acknowledged, failures));
        }
        pool.shutdown();
        if (!pool.awaitTermination(30, TimeUnit.MINUTES)) {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long writes = latencies.values().stream()
                .mapToLong(ConcurrentLinkedQueue::size)
                .sum();
        String spent = server.summary(writes); // before the read-back below, which is not part of the phase

        RestClient reader = new RestClient("editor");
        int lost = 0;
        for (long id : acknowledged) {
            RestClient.Answer claim = reader.get("claims/" + id);
            JsonNode detail = claim.status() == 200 ? JSON.readTree(claim.body()) : null;
            if (detail == null
                    || !"TRIAGED".equals(detail.path("status").asText())
                    || detail.path("comments").size() != 1
                    || detail.path("evidence").size() != 1) {
                lost++;
            }
        }
        StringBuilder report = new StringBuilder(String.format(
                "%n%s: %d editors × %d rounds, %,d requests in "
                        + "%.1f s (%.0f writes/s); %d failed; %d of %d acknowledged claims missing or incomplete; %s.%n%n"
                        + "| write | count | median ms | p95 ms |%n|---|---|---|---|%n",
                name,
                EDITORS,
                rounds,
                writes,
                seconds,
                writes / seconds,
                failures.size(),
                lost,
                acknowledged.size(),
                spent));
        List<Long> all = new ArrayList<>();
        for (String kind : KINDS) {
            long[] nanos = latencies.getOrDefault(kind, new ConcurrentLinkedQueue<>()).stream()
                    .mapToLong(Long::longValue)
                    .toArray();
            Arrays.stream(nanos).forEach(all::add);
            report.append(String.format(
                    "| %s | %d | %.1f | %.1f |%n",
                    kind, nanos.length, RestClient.percentile(nanos, 50), RestClient.percentile(nanos, 95)));
        }
        long[] every = all.stream().mapToLong(Long::longValue).toArray();
        report.append(String.format(
                "| every write | %d | %.1f | %.1f |%n",
                every.length, RestClient.percentile(every, 50), RestClient.percentile(every, 95)));
        failures.stream()
                .limit(5)
                .forEach(f -> report.append("failure: ").append(f).append('\n'));
        return report.toString();
    }

    /** A claim as an editor would type it: a number of trucks reaching a place, different for every save. */
    private static String statement(int editor, int round) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format(
                "Editor %d round %d: %d aid trucks reached %s.",
                editor, round, 10 + random.nextInt(5000), PLACES.get(random.nextInt(PLACES.size())));
    }

    /**
     * One editor's rounds. At a pace, each save starts on its own schedule (a fixed interval from the editor's
     * start, which is staggered so editors do not save in step); a save that is late starts at once, so a slow
     * server is not hidden by the editor waiting less.
     */
    private static void work(
            int editor,
            long paceMillis,
            int firstRound,
            int rounds,
            Map<String, ConcurrentLinkedQueue<Long>> latencies,
            ConcurrentLinkedQueue<Long> acknowledged,
            ConcurrentLinkedQueue<String> failures) {
        RestClient client = new RestClient("editor");
        client.get("me");
        long pace = TimeUnit.MILLISECONDS.toNanos(paceMillis);
        long next = System.nanoTime() + (EDITORS == 0 ? 0 : pace * editor / EDITORS);
        for (int round = firstRound; round < firstRound + rounds; round++) {
            next = waitUntil(next, pace);
            RestClient.Answer created = timed(
                    latencies,
                    "create claim",
                    client.post(
                            "claims",
                            "{\"statement\": \"" + statement(editor, round) + "\", \"desk\": \"middle-east\"}"));
            if (created.status() != 201 && created.status() != 200) {
                failures.add("create " + created.status() + " " + created.body());
                continue;
            }
            long id;
            long version;
            try {
                JsonNode claim = JSON.readTree(created.body());
                id = claim.path("id").asLong();
                version = claim.path("version").asLong();
            } catch (IOException e) {
                failures.add("create answered unreadable JSON");
                continue;
            }
            // triage first, with the version the create answered: a comment moves the claim's version on, so a
            // triage sent after it with the old version is (rightly) refused as a conflict
            next = waitUntil(next, pace);
            RestClient.Answer triage = timed(
                    latencies,
                    "transition",
                    client.post(
                            "claims/" + id + "/transitions",
                            "{\"transition\": \"TRIAGE\", \"version\": " + version + "}"));
            next = waitUntil(next, pace);
            RestClient.Answer comment = timed(
                    latencies,
                    "comment",
                    client.post("claims/" + id + "/comments", "{\"text\": \"Checking the convoy count.\"}"));
            next = waitUntil(next, pace);
            RestClient.Answer evidence = timed(
                    latencies,
                    "evidence",
                    client.post(
                            "claims/" + id + "/evidence",
                            "{\"description\": \"UN convoy tracker\", \"kind\": \"DATA\", \"stance\": \"SUPPORTS\", "
                                    + "\"reliability\": \"B\", \"credibility\": 2}"));
            List<RestClient.Answer> answers = new ArrayList<>(List.of(triage, comment, evidence));
            if (answers.stream().allMatch(a -> a.status() / 100 == 2)) {
                acknowledged.add(id);
            } else {
                answers.stream()
                        .filter(a -> a.status() / 100 != 2)
                        .forEach(a -> failures.add(a.status() + " " + a.body()));
            }
        }
    }

    /** Sleeps until {@code at} (if still ahead); the save after it is due one pace after this one starts. */
    private static long waitUntil(long at, long pace) {
        long wait = at - System.nanoTime();
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return Math.max(at, System.nanoTime()) + pace;
    }

    private static RestClient.Answer timed(
            Map<String, ConcurrentLinkedQueue<Long>> latencies, String kind, RestClient.Answer answer) {
        latencies.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>()).add(answer.nanos());
        return answer;
    }
}
