package org.factdesk.tools.embedding;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Cost of one embedding model: load time, heap and resident memory after loading, and sentences per
 * second, on the first lines of a text file (after the first tab, if any: the tweets of the claim
 * matching data serve). Usage:
 * {@code EmbeddingBenchmark MODEL FILE [COUNT]}, MODEL one of minilm, minilm-q, e5-q.
 */
public final class EmbeddingBenchmark {

    private EmbeddingBenchmark() {}

    public static void main(String[] args) throws Exception {
        SentenceEncoder.Model model = SentenceEncoder.Model.named(args[0]);
        int count = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        List<String> lines = new ArrayList<>();
        for (String row : Files.readAllLines(Path.of(args[1]))) {
            String line = row.substring(row.indexOf('\t') + 1);
            if (line.length() > 20 && lines.size() < count) {
                lines.add(line.length() > 400 ? line.substring(0, 400) : line);
            }
        }
        long heap0 = usedHeap();
        long rss0 = residentKb();
        long t0 = System.nanoTime();
        EmbeddingModel loaded = model.load();
        double load = (System.nanoTime() - t0) / 1e9;
        long heap1 = usedHeap();
        long rss1 = residentKb();
        loaded.embed("warm up");
        List<TextSegment> segments = lines.stream().map(TextSegment::from).toList();
        long t1 = System.nanoTime();
        for (int from = 0; from < segments.size(); from += 64) {
            loaded.embedAll(segments.subList(from, Math.min(segments.size(), from + 64)));
        }
        double seconds = (System.nanoTime() - t1) / 1e9;
        System.out.printf(
                "%s: load %.1f s, heap +%d MB, resident +%d MB after load (%d MB after the run); "
                        + "%d sentences (mean %d chars) in %.1f s = %.0f sentences/s with %d cores%n",
                model.label(),
                load,
                (heap1 - heap0) >> 20,
                (rss1 - rss0) >> 10,
                (residentKb() - rss0) >> 10,
                lines.size(),
                lines.stream().mapToInt(String::length).sum() / Math.max(1, lines.size()),
                seconds,
                lines.size() / seconds,
                Runtime.getRuntime().availableProcessors());
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return r.totalMemory() - r.freeMemory();
    }

    private static long residentKb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return 0;
    }
}
