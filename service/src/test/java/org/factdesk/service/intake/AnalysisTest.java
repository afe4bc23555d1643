package org.factdesk.service.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The analysis alone decides which sentences are candidate claims; the feed importer, the intake page and the API
 * only read it.
 */
class AnalysisTest {

    private static AnalyzedSentence sentence(int index, double score) {
        return new AnalyzedSentence(
                index,
                index * 10,
                index * 10 + 9,
                "Sentence " + index,
                score,
                Optional.empty(),
                Optional.empty(),
                List.of());
    }

    @Test
    void aSentenceIsACandidateFromTheThresholdUpInTextOrder() {
        Analysis analysis = new Analysis(
                "x".repeat(40),
                List.of(sentence(0, 0.61), sentence(1, 0.2), sentence(2, 0.35), sentence(3, 0.3499)),
                0.35);

        assertThat(analysis.candidates()).extracting(AnalyzedSentence::index).containsExactly(0, 2);
        assertThat(analysis.isCandidate(analysis.sentences().get(3))).isFalse();
    }
}
