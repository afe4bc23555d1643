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
 * so twenty saves a second in all: a desk on election night), for {@value #PACED_ROUNDS_DEFAULT} rounds (six
 * minutes). The latency figures that count come from here: for the whole phase, and for each
 * {@value #WINDOW_ROUNDS} rounds of it (two minutes, 600 saves of each kind, what the phase was before), so a
 * server still settling in its first minutes shows as such and is not averaged away.</li>
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
    /**
     * Rounds at a working pace: 90 (six minutes, 1,800 saves of each kind), so a p95 rests on the 90 slowest saves.
     * Over the 30 rounds used before, a create's p95 moved by ±10 ms from run to run on this machine.
     */
    private static final int PACED_ROUNDS_DEFAULT = 90;

    private static final int PACED_ROUNDS = Integer.getInteger("factdesk.bench.paced.rounds", PACED_ROUNDS_DEFAULT);
    /** The paced phase is also reported in parts of this many rounds (two minutes at the default pace). */
    private static final int WINDOW_ROUNDS = 30;

    private static final int ROUNDS = Integer.getInteger("factdesk.bench.rounds", 10);
    /**
     * Rounds flat out before anything is measured ({@code factdesk.bench.warm-up.rounds}): 100 (8,000 saves, about a
     * minute). The JIT compiles a method with its optimising compiler only after some thousands of calls, so a method
     * called once a save is still on its way there after the 20 rounds used before (1,600 saves, then 2,000–3,600 in
     * the turns at the pace). With those, the compiler took 15–22 s of the server's CPU in the six measured minutes,
     * and the first two minutes of creates on PostgreSQL had a p95 of up to 60 ms against 41–46 ms in the last two.
     * After 100 rounds it took 9–11 s, and the first two minutes were no longer the slowest (docs/performance.md,
     * "Six minutes at the pace").
     */
    private static final int WARM_UP_ROUNDS = Integer.getInteger("factdesk.bench.warm-up.rounds", 100);
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
        phase("warm-up (not reported)", 0, WARM_UP_ROUNDS, 0, 0); // the server compiles and caches its write paths
        report.append("\n").append(warmUpAtPace());
        String settled = ServerWatch.settle(Duration.ofSeconds(Long.getLong("factdesk.bench.settle.seconds", 180)));
        report.append("\n").append(settled).append(".\n");
        report.append(phase(
                String.format("at a working pace (each editor saves every %,d ms)", PACE_MILLIS),
                PACE_MILLIS,
                PACED_ROUNDS,
                0,
                WINDOW_ROUNDS));
        report.append(phase("flat out (no pause between saves)", 0, ROUNDS, 0, 0));
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
                    WARM_UP_FIRST_ROUND + turn * WARM_UP_TURN_ROUNDS,
                    0);
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

    /** One save's latency, and the round of the phase it was in (0 for the phase's first). */
    private record Sample(int round, long nanos) {}

    /**
     * Runs {@code rounds} rounds from round {@code firstRound} and reports them; with {@code window} above 0 and
     * under {@code rounds}, also each {@code window} rounds of them on their own.
     */
    private static String phase(String name, long paceMillis, int rounds, int firstRound, int window) throws Exception {
        Map<String, ConcurrentLinkedQueue<Sample>> latencies = new ConcurrentHashMap<>();
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
            long[] nanos = nanos(latencies, kind, 0, rounds);
            Arrays.stream(nanos).forEach(all::add);
            report.append(String.format(
                    "| %s | %d | %.1f | %.1f |%n",
                    kind, nanos.length, RestClient.percentile(nanos, 50), RestClient.percentile(nanos, 95)));
        }
        long[] every = all.stream().mapToLong(Long::longValue).toArray();
        report.append(String.format(
                "| every write | %d | %.1f | %.1f |%n",
                every.length, RestClient.percentile(every, 50), RestClient.percentile(every, 95)));
        if (window > 0 && window < rounds) {
            report.append(String.format(
                    "%nThe same, %d rounds at a time (median / p95 ms):%n%n| rounds | %s |%n|---|%s%n",
                    window, String.join(" | ", KINDS), "---|".repeat(KINDS.size())));
            for (int from = 0; from < rounds; from += window) {
                int to = Math.min(rounds, from + window);
                StringBuilder row = new StringBuilder(String.format("| %d–%d |", from + 1, to));
                for (String kind : KINDS) {
                    long[] nanos = nanos(latencies, kind, from, to);
                    row.append(String.format(
                            " %.1f / %.1f |", RestClient.percentile(nanos, 50), RestClient.percentile(nanos, 95)));
                }
                report.append(row).append('\n');
            }
        }
        failures.stream()
                .limit(5)
                .forEach(f -> report.append("failure: ").append(f).append('\n'));
        return report.toString();
    }

    /** The latencies of one kind of save in rounds {@code from} (inclusive) to {@code to} of the phase. */
    private static long[] nanos(Map<String, ConcurrentLinkedQueue<Sample>> latencies, String kind, int from, int to) {
        return latencies.getOrDefault(kind, new ConcurrentLinkedQueue<>()).stream()
                .filter(sample -> sample.round() >= from && sample.round() < to)
                .mapToLong(Sample::nanos)
                .toArray();
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
            Map<String, ConcurrentLinkedQueue<Sample>> latencies,
            ConcurrentLinkedQueue<Long> acknowledged,
            ConcurrentLinkedQueue<String> failures) {
        RestClient client = new RestClient("editor");
        client.get("me");
        long pace = TimeUnit.MILLISECONDS.toNanos(paceMillis);
        long next = System.nanoTime() + (EDITORS == 0 ? 0 : pace * editor / EDITORS);
        for (int round = firstRound; round < firstRound + rounds; round++) {
            next = waitUntil(next, pace);
            int index = round - firstRound;
            RestClient.Answer created = timed(
                    latencies,
                    index,
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
                    index,
                    "transition",
                    client.post(
                            "claims/" + id + "/transitions",
                            "{\"transition\": \"TRIAGE\", \"version\": " + version + "}"));
            next = waitUntil(next, pace);
            RestClient.Answer comment = timed(
                    latencies,
                    index,
                    "comment",
                    client.post("claims/" + id + "/comments", "{\"text\": \"Checking the convoy count.\"}"));
            next = waitUntil(next, pace);
            RestClient.Answer evidence = timed(
                    latencies,
                    index,
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
            Map<String, ConcurrentLinkedQueue<Sample>> latencies, int round, String kind, RestClient.Answer answer) {
        latencies.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>()).add(new Sample(round, answer.nanos()));
        return answer;
    }
}
