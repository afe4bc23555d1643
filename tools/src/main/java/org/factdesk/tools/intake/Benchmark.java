package org.factdesk.tools.intake;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factdesk.service.intake.AnalyzedSentence;
import org.factdesk.service.intake.EmbeddedCheckWorthinessModel;
import org.factdesk.service.intake.TextAnalyzer;

/**
 * Times the analyzer on one thread: articles per second for {@link TextAnalyzer#analyze} on a
 * Dawn-sized article and sentences per second for {@link TextAnalyzer#score}. Printed, never
 * asserted, since the figure depends on the machine. "analyze with meaning" adds what the server does when its
 * sentence embeddings are loaded. Usage: {@code Benchmark [ARTICLE_FILE] [SECONDS]}.
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

        // what the server adds when sentence embeddings are loaded: every sentence embedded (one batch per
        // article, spread over the cores by ONNX Runtime) and scored by words and meaning
        long t1 = System.nanoTime();
        EmbeddingModel encoder = new AllMiniLmL6V2QuantizedEmbeddingModel();
        EmbeddedCheckWorthinessModel withMeaning = EmbeddedCheckWorthinessModel.shipped();
        System.out.printf(Locale.ROOT, "embedding model loading: %.0f ms%n", (System.nanoTime() - t1) / 1e6);
        time(
                "analyze with meaning",
                "articles",
                seconds,
                () -> {
                    List<AnalyzedSentence> analysed = analyzer.analyze(article).sentences();
                    List<Embedding> vectors = encoder.embedAll(analysed.stream()
                                    .map(a -> TextSegment.from(a.text()))
                                    .toList())
                            .content();
                    double sum = 0;
                    for (int i = 0; i < analysed.size(); i++) {
                        sum += withMeaning.score(
                                analysed.get(i).text(), unit(vectors.get(i).vector()));
                    }
                    return (int) sum;
                },
                1);
        System.out.printf(
                Locale.ROOT, "(article: %s, %d characters, %d sentences)%n", file, article.length(), sentences.size());
    }

    private static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float[] u = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            u[i] = (float) (v[i] / Math.sqrt(norm));
        }
        return u;
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
