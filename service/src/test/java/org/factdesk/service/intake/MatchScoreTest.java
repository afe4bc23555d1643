package org.factdesk.service.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one 0–1 scale of similar claims: more meaning or more shared words never lowers the score. */
class MatchScoreTest {

    @Test
    void neverFallsAsEitherFeatureRises() {
        for (int c = -10; c < 10; c++) {
            for (int d = 0; d < 10; d++) {
                double cosine = c / 10.0;
                double dice = d / 10.0;
                double score = MatchScore.of(cosine, dice);
                assertThat(score).isBetween(0.0, 1.0);
                assertThat(MatchScore.of(cosine + 0.1, dice)).isGreaterThanOrEqualTo(score);
                assertThat(MatchScore.of(cosine, dice + 0.1)).isGreaterThanOrEqualTo(score);
            }
        }
    }

    @Test
    void aRewordingByMeaningIsSuggested() {
        assertThat(MatchScore.of(0.75, 0.1)).isGreaterThanOrEqualTo(MatchScore.SUGGEST);
    }

    /**
     * "Rebels killed Russian officers in Idlib" against "Russian troops died in a rebel attack in northwest Syria":
     * cosine 0.6521 (MiniLM-q, SentenceEncoder.Model.MINILM_Q, both sentences as given, measured 2026-12-03) and
     * Dice 1/3 ({@link Resemblance#of}: rebel, kill, russian, officer, idlib against russian, troop, died, rebel,
     * attack, northwest, syria). The same event in other words: a person should decide.
     */
    @Test
    void theSameEventInOtherWordsIsSuggestedButNotLinked() {
        assertThat(Resemblance.of(
                        "Rebels killed Russian officers in Idlib",
                        "Russian troops died in a rebel attack in northwest Syria"))
                .isEqualTo(1 / 3.0);
        double score = MatchScore.of(0.6521, 1 / 3.0);
        assertThat(score).isGreaterThanOrEqualTo(MatchScore.SUGGEST).isLessThan(MatchScore.MATCH);
    }

    @Test
    void anUnrelatedClaimIsNotSuggested() {
        assertThat(MatchScore.of(0.1, 0)).isLessThan(MatchScore.SUGGEST);
    }

    @Test
    void theSameTextIsLinked() {
        assertThat(MatchScore.of(1, 1)).isGreaterThanOrEqualTo(MatchScore.MATCH);
    }
}
