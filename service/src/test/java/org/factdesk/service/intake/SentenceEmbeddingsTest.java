package org.factdesk.service.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Loading, falling back and the vector arithmetic, without the ONNX model (the EAR tests use the real one). */
class SentenceEmbeddingsTest {

    @Test
    void aModelThatFailsToLoadLeavesMatchingToWordsAndSaysWhy() {
        SentenceEmbeddings embeddings = new SentenceEmbeddings();
        embeddings.load(() -> {
            throw new NoClassDefFoundError("dev/langchain4j/data/segment/TextSegment");
        });

        assertThat(embeddings.available()).isFalse();
        assertThat(embeddings.status())
                .startsWith("unavailable: NoClassDefFoundError")
                .contains("TextSegment");
        assertThat(embeddings.embed("Rebels killed Russian officers in Idlib")).isEmpty();
        assertThat(embeddings.embedAll(List.of("one", "two"))).isEmpty();
    }

    @Test
    void aLoadedModelEmbedsEveryTextInOrderAndCutsLongOnes() {
        SentenceEmbeddings embeddings = new SentenceEmbeddings();
        embeddings.load(() ->
                texts -> texts.stream().map(t -> new float[] {t.length(), 1}).toList());

        assertThat(embeddings.status()).isEqualTo("loaded");
        List<float[]> vectors = embeddings.embedAll(List.of("ab", "abcd", "x".repeat(5_000)));
        assertThat(vectors).extracting(v -> v[0]).containsExactly(2f, 4f, (float) SentenceEmbeddings.MAX_CHARS);
        assertThatThrownBy(() -> embeddings.embedAll(List.of("fine", " ")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(embeddings.embed("  ")).isEmpty();
    }

    @Test
    void longTextsAreCutAtAWordBoundary() {
        String text = "word ".repeat(1_000);
        String clipped = SentenceEmbeddings.clip(text);
        assertThat(clipped.length()).isLessThanOrEqualTo(SentenceEmbeddings.MAX_CHARS);
        assertThat(clipped).endsWith("word");
    }

    @Test
    void cosineIsOneForTheSameDirectionZeroForOrthogonalAndRefusesMismatchedLengths() {
        assertThat(SentenceEmbeddings.cosine(new float[] {1, 2, 3}, new float[] {2, 4, 6}))
                .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(SentenceEmbeddings.cosine(new float[] {1, 0}, new float[] {0, 5}))
                .isZero();
        assertThat(SentenceEmbeddings.cosine(new float[] {-1, 0}, new float[] {1, 0}))
                .isEqualTo(-1.0);
        assertThatThrownBy(() -> SentenceEmbeddings.cosine(new float[2], new float[3]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void backgroundWorkRunsOnTheCallingThreadAndStoppingClosesTheModel() {
        List<String> calls = new ArrayList<>();
        SentenceEmbeddings embeddings = new SentenceEmbeddings();
        embeddings.load(() -> new SentenceEmbeddings.Encoder() {
            @Override
            public List<float[]> embed(List<String> texts) {
                calls.add("spread over the cores: " + texts.size());
                return texts.stream().map(t -> new float[] {1}).toList();
            }

            @Override
            public List<float[]> embedInline(List<String> texts) {
                calls.add("on the calling thread: " + texts.size());
                return texts.stream().map(t -> new float[] {2}).toList();
            }

            @Override
            public void close() {
                calls.add("closed");
            }
        });
        calls.clear(); // the sentence loading encodes to warm the model up

        assertThat(embeddings.embedInBackground(List.of("one", "two", "three")))
                .extracting(v -> v[0])
                .containsExactly(2f, 2f, 2f);
        assertThat(embeddings.embedAll(List.of("one", "two")))
                .extracting(v -> v[0])
                .containsExactly(1f, 1f);
        embeddings.stop();

        assertThat(calls).containsExactly("on the calling thread: 3", "spread over the cores: 2", "closed");
    }
}
