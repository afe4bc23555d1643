package org.factdesk.service.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped embedding model, fed the quantised MiniLM embeddings of a few sentences computed once by the tools
 * module ({@code minilm-q-embeddings.tsv}), so no ONNX runtime is needed here.
 */
class EmbeddedCheckWorthinessModelTest {

    private static final String DISPLACED = "Some 1 million people were displaced by the last offensive inside the"
            + " already packed enclave, home to over 3 million.";
    private static final String UNEMPLOYMENT = "The unemployment rate doubled to 10 percent in two years.";
    private static final String GREETING = "Good evening and thank you all for coming.";
    private static final String QUESTION = "What do you think about that?";
    private static final String PUBLISHED = "Published in Dawn, October 28th, 2020";

    private static EmbeddedCheckWorthinessModel model;
    private static Map<String, float[]> embedding;

    @BeforeAll
    static void load() {
        model = EmbeddedCheckWorthinessModel.shipped();
        embedding = embeddings();
    }

    @Test
    void thresholdSeparatesFiguresFromSmallTalk() {
        assertThat(model.threshold()).isStrictlyBetween(0.0, 1.0);
        assertThat(score(DISPLACED)).isGreaterThanOrEqualTo(model.threshold());
        assertThat(score(UNEMPLOYMENT)).isGreaterThanOrEqualTo(model.threshold());
        assertThat(score(GREETING)).isLessThan(model.threshold());
        assertThat(score(QUESTION)).isLessThan(model.threshold());
    }

    @Test
    void boilerplateScoresZero() {
        assertThat(score(PUBLISHED)).isZero();
        assertThat(model.score("Published figures show unemployment doubled.", embedding.get(PUBLISHED)))
                .as("the rule needs the line to start with it, not just the word")
                .isPositive();
    }

    @Test
    void weightsSurviveWriteAndRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("m.bin.gz");
        model.write(file);

        EmbeddedCheckWorthinessModel copy;
        try (InputStream in = Files.newInputStream(file)) {
            copy = EmbeddedCheckWorthinessModel.read(in);
        }
        assertThat(copy.threshold()).isEqualTo(model.threshold());
        assertThat(copy.hashBits()).isEqualTo(model.hashBits());
        for (Map.Entry<String, float[]> e : embedding.entrySet()) {
            assertThat(copy.score(e.getKey(), e.getValue())).isEqualTo(model.score(e.getKey(), e.getValue()));
        }
    }

    @Test
    void refusesTheWordOnlyModelsFile() throws Exception {
        try (InputStream in = CheckWorthinessModel.class.getResourceAsStream(CheckWorthinessModel.RESOURCE)) {
            assertThatThrownBy(() -> EmbeddedCheckWorthinessModel.read(in))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("CWE1");
        }
    }

    @Test
    void refusesEmbeddingsOfAnotherShapeOrLength() {
        float[] doubled = embedding.get(UNEMPLOYMENT).clone();
        for (int i = 0; i < doubled.length; i++) {
            doubled[i] *= 2;
        }

        assertThatThrownBy(() -> model.score(UNEMPLOYMENT, new float[768]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> model.score(UNEMPLOYMENT, doubled))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unit length");
    }

    private static double score(String sentence) {
        return model.score(sentence, embedding.get(sentence));
    }

    private static Map<String, float[]> embeddings() {
        try (InputStream in = EmbeddedCheckWorthinessModelTest.class.getResourceAsStream("minilm-q-embeddings.tsv")) {
            Map<String, float[]> out = new LinkedHashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] parts = line.split("\t");
                String[] values = parts[1].split(",");
                float[] v = new float[values.length];
                for (int i = 0; i < v.length; i++) {
                    v[i] = Float.parseFloat(values[i]);
                }
                out.put(parts[0], v);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
