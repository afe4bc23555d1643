package org.factdesk.model.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void accentsFoldAndEverythingElseBecomesOneHyphen() {
        assertThat(Slugs.of("Écluse at Ærodrome: 12 \"bridges\" — hit </script>!"))
                .isEqualTo("ecluse-at-aerodrome-12-bridges-hit-script");
    }

    @Test
    void aLongTextIsCutAtAWordWithinTheLimit() {
        String slug =
                Slugs.of("The rebel-held Idlib enclave is home to over 3 million people, the UN said on Tuesday.");
        assertThat(slug)
                .hasSizeLessThanOrEqualTo(Slugs.MAX)
                .isEqualTo("the-rebel-held-idlib-enclave-is-home-to-over-3-million");
        assertThat(Slugs.of("x".repeat(100))).hasSize(Slugs.MAX);
    }

    @Test
    void aTextWithoutLettersOrDigitsHasNoSlug() {
        assertThat(Slugs.of("« … »")).isEmpty();
        assertThat(Slugs.of(null)).isEmpty();
        assertThat(Slugs.of("Дамба прорвана")).isEmpty();
    }
}
