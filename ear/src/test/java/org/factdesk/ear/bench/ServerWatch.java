package org.factdesk.ear.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the server spent while a benchmark phase ran, read without asking the server anything: its CPU time from
 * the operating system (the process is found by its WildFly home), and its heap from its own garbage collection
 * log ({@code factdesk.test.gc.log}, written by the test server's {@code -Xlog:gc}). The heap in use just before a
 * collection is the most the heap held since the one before, garbage included, so the highest such figure in a
 * phase bounds what the load needed.
 *
 * <p>It replaces scraping the management port's {@code /metrics} every 5 s: one scrape of WildFly's metrics costs
 * the server 0.2–1 s of CPU, on a 2-core machine a disturbance of its own in the very writes being measured.
 */
final class ServerWatch {

    private static final Path GC_LOG = Path.of(System.getProperty("factdesk.test.gc.log", "target/server-gc.log"));
    private static final Pattern PAUSE = Pattern.compile(
            "^\\[([^\\]]+)].*GC\\(\\d+\\) Pause .* (\\d+)M->\\d+M\\(\\d+M\\) ([0-9.]+)ms$", Pattern.MULTILINE);
    /** The JVM writes a maximum of whole gigabytes as such ("1G"), any other in megabytes ("768M"). */
    private static final Pattern MAX = Pattern.compile("Heap Max Capacity: (\\d+)([MG])");

    private static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private final Optional<ProcessHandle> server = findServer();
    private final OffsetDateTime startedAt = OffsetDateTime.now();
    private final long startedNanos = System.nanoTime();
    private final Duration cpuAtStart = cpu();
    private final Duration compilerAtStart = compilerCpu();

    /** The test server's process: the WildFly whose home is this build's. */
    private static Optional<ProcessHandle> findServer() {
        String home = System.getProperty("jboss.home", "");
        return ProcessHandle.allProcesses()
                .filter(p -> p.info()
                        .commandLine()
                        .filter(c -> c.contains("jboss-modules.jar") && !home.isEmpty() && c.contains(home))
                        .isPresent())
                .findFirst();
    }

    private Duration cpu() {
        return server.flatMap(p -> p.info().totalCpuDuration()).orElse(Duration.ZERO);
    }

    /**
     * The CPU time the server's JIT compiler threads have used, from {@code /proc/<pid>/task/<thread>/stat} (Linux; zero
     * elsewhere). HotSpot names them "C1 CompilerThread0", "C2 CompilerThread0", cut by the kernel to 15
     * characters. The times there are in the kernel's clock ticks for users, 100 a second on Linux
     * ({@code getconf CLK_TCK}).
     */
    private Duration compilerCpu() {
        if (server.isEmpty()) {
            return Duration.ZERO;
        }
        Path tasks = Path.of("/proc", Long.toString(server.get().pid()), "task");
        long ticks = 0;
        try (var threads = Files.list(tasks)) {
            for (Path thread : threads.toList()) {
                try {
                    String stat = Files.readString(thread.resolve("stat"));
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    if (open < 0
                            || close < open
                            || !stat.substring(open + 1, close).contains("CompilerThre")) {
                        continue;
                    }
                    // after "(comm) ": state is field 3, utime and stime fields 14 and 15
                    String[] fields = stat.substring(close + 2).split(" ");
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                } catch (IOException | RuntimeException gone) {
                    // the thread ended between the listing and the read
                }
            }
        } catch (IOException e) {
            return Duration.ZERO;
        }
        return Duration.ofMillis(ticks * 10);
    }

    /** The share of one core the JIT compiler has used since this watch started (0.25 is a quarter of a core). */
    double compilerShare() {
        double seconds = (System.nanoTime() - startedNanos) / 1e9;
        return seconds <= 0 ? 0 : compilerSeconds() / seconds;
    }

    /** The CPU seconds the JIT compiler has used since this watch started. */
    private double compilerSeconds() {
        return compilerCpu().minus(compilerAtStart).toMillis() / 1000.0;
    }

    /**
     * Waits until the server has been quiet for five seconds — under a tenth of one core: the compiler done with
     * what the warm-up gave it, the index merges it caused over — but no longer than {@code limit}. Returns how
     * long it waited, and whether it got there, for the report.
     */
    static String settle(Duration limit) throws InterruptedException {
        ServerWatch watch = new ServerWatch();
        if (watch.server.isEmpty()) {
            return "the server's process was not found, so nothing was waited for";
        }
        long deadline = System.nanoTime() + limit.toNanos();
        Duration before = watch.cpu();
        while (System.nanoTime() < deadline) {
            Thread.sleep(5_000);
            Duration now = watch.cpu();
            if (now.minus(before).toMillis() < 500) {
                return String.format(
                        "waited %.0f s after the warm-up for the server to fall quiet (under a tenth of a core for 5 s)",
                        (System.nanoTime() - watch.startedNanos) / 1e9);
            }
            before = now;
        }
        return String.format("the server was still busy %d s after the warm-up (measured anyway)", limit.toSeconds());
    }

    /** "the server used … s of CPU (… ms a request); heap in use peaked at … MiB of …; GC paused …" */
    String summary(long requests) {
        StringBuilder out = new StringBuilder();
        if (server.isEmpty()) {
            out.append("the server's CPU not measured (its process was not found)");
        } else {
            long cpuMillis = cpu().minus(cpuAtStart).toMillis();
            double seconds = (System.nanoTime() - startedNanos) / 1e9;
            out.append(String.format(
                    "the server used %.1f s of CPU in %.1f s (%.0f %% of one core; %.1f ms a request), the JIT "
                            + "compiler %.1f s of it",
                    cpuMillis / 1000.0,
                    seconds,
                    100 * cpuMillis / 1000.0 / seconds,
                    requests == 0 ? 0.0 : (double) cpuMillis / requests,
                    compilerSeconds()));
        }
        out.append("; ").append(heap());
        return out.toString();
    }

    private String heap() {
        List<String> lines;
        try {
            lines = Files.readAllLines(GC_LOG);
        } catch (IOException e) {
            return "heap not measured: no garbage collection log at " + GC_LOG;
        }
        long maxMiB = 0;
        long peakMiB = 0;
        double pausedMillis = 0;
        int pauses = 0;
        for (String line : lines) {
            Matcher max = MAX.matcher(line);
            if (max.find()) {
                maxMiB = Long.parseLong(max.group(1)) * (max.group(2).equals("G") ? 1024 : 1);
            }
            Matcher pause = PAUSE.matcher(line);
            if (pause.find() && !OffsetDateTime.parse(pause.group(1), LOG_TIME).isBefore(startedAt)) {
                peakMiB = Math.max(peakMiB, Long.parseLong(pause.group(2)));
                pausedMillis += Double.parseDouble(pause.group(3));
                pauses++;
            }
        }
        if (pauses == 0) {
            return "no garbage collection while it ran";
        }
        return String.format(
                "heap in use (garbage included) peaked at %,d MiB of its %,d MiB maximum; %d collections paused it "
                        + "%.0f ms in all",
                peakMiB, maxMiB, pauses, pausedMillis);
    }
}
