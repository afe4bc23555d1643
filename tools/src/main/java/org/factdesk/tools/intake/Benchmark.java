package org.factdesk.tools.intake;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factdesk.service.intake.AnalyzedSentence;
import org.factdesk.service.intake.TextAnalyzer;

/**
 * Times the analyzer on one thread: articles per second for {@link TextAnalyzer#analyze} on a
 * Dawn-sized article and sentences per second for {@link TextAnalyzer#score}. Printed, never
 * asserted, since the figure depends on the machine. Usage: {@code Benchmark [ARTICLE_FILE] [SECONDS]}.
 */
public final class Benchmark {

    private Benchmark() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "/work/shared/samples/dawn-2020-10-28-idlib.txt");
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 5;
        String article = Files.readString(file, StandardCharsets.UTF_8);

        long t0 = System.nanoTime();
        TextAnalyzer analyzer = TextAnalyzer.create();
        System.out.printf(Locale.ROOT, "model loading: %.0f ms%n", (System.nanoTime() - t0) / 1e6);

        List<String> sentences = new ArrayList<>();
        for (AnalyzedSentence s : analyzer.analyze(article).sentences()) {
            sentences.add(s.text());
        }
        time(
                "analyze",
                "articles",
                seconds,
                () -> analyzer.analyze(article).sentences().size(),
                1);
        time("score", "sentences", seconds, () -> analyzer.score(sentences).length, sentences.size());
        System.out.printf(
                Locale.ROOT, "(article: %s, %d characters, %d sentences)%n", file, article.length(), sentences.size());
    }

    private static void time(
            String what, String unit, double seconds, java.util.function.IntSupplier work, int perCall) {
        long warmUntil = System.nanoTime() + (long) (Math.max(3, seconds / 2) * 1e9);
        int sink = 0;
        while (System.nanoTime() < warmUntil) {
            sink += work.getAsInt();
        }
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        long calls = 0;
        while (System.nanoTime() < end) {
            sink += work.getAsInt();
            calls++;
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "%s: %.0f %s/second on one thread (%d calls, sink %d)%n",
                what,
                calls * perCall / elapsed,
                unit,
                calls,
                sink % 10);
    }
}
