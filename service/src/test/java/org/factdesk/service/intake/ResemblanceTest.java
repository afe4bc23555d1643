package org.factdesk.service.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The 0–1 scale the similar-claim thresholds are set on, checked on the Dawn NFL claim. */
class ResemblanceTest {

    private static final String NFL = "Rebel fire killed Russian officers in southern Idlib, as well as Syrian "
            + "soldiers working in the area.";

    @Test
    void aLightEditMatches() {
        assertThat(Resemblance.of(
                        "Rebel fire killed several Russian officers in southern Idlib, and also Syrian "
                                + "soldiers working in the area.",
                        NFL))
                .isGreaterThanOrEqualTo(SimilarClaims.MATCH_WORDS);
    }

    @Test
    void theAssertionSplitFromTheDawnSentenceMatches() {
        assertThat(Resemblance.of(
                        "The rebels’ military retaliation targeted and killed Russian officers in southern "
                                + "Idlib, as well as Syrian soldiers working in the area",
                        NFL))
                .isGreaterThanOrEqualTo(SimilarClaims.MATCH_WORDS);
    }

    @Test
    void aRewordingIsSuggestedButNotMatched() {
        double score = Resemblance.of(
                "Rebels killed Russian officers and Syrian soldiers in southern Idlib, a "
                        + "spokesman for the National Front for Liberation said.",
                NFL);
        assertThat(score).isGreaterThanOrEqualTo(SimilarClaims.SUGGEST_WORDS).isLessThan(SimilarClaims.MATCH_WORDS);
        assertThat(Resemblance.of(
                        "Russian officers and Syrian soldiers were killed by rebel fire in the south of "
                                + "Idlib province.",
                        NFL))
                .isLessThan(SimilarClaims.MATCH_WORDS);
    }

    @Test
    void anotherClaimAboutThePlaceIsNotSuggested() {
        assertThat(Resemblance.of("Some 1 million people were displaced by the last offensive in Idlib.", NFL))
                .isLessThan(SimilarClaims.SUGGEST_WORDS);
        assertThat(Resemblance.of("The city council approved a new budget for public libraries.", NFL))
                .isZero();
    }

    @Test
    void stemsMeetAcrossInflections() {
        assertThat(Resemblance.terms("killed officers displaced"))
                .containsExactlyElementsOf(Resemblance.terms("kills officer displacing"));
        assertThat(Resemblance.of(null, NFL)).isZero();
    }

    @Test
    void aPossessiveIsTheWordItself() {
        assertThat(Resemblance.terms("Russia's officers, Idlib’s rebels"))
                .containsExactlyElementsOf(Resemblance.terms("Russia officers Idlib rebels"));
        assertThat(Resemblance.terms("o'clock"))
                .as("an apostrophe inside a word stays")
                .containsExactly("o'clock");
    }
}
