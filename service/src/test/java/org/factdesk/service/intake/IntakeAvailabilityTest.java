package org.factdesk.service.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class IntakeAvailabilityTest {

    @Test
    void modelsThatFailToLoadMakeIntakeSaySoInsteadOfFailingTheStart() {
        IntakeAnalyzer analyzer = new IntakeAnalyzer();
        analyzer.load(() -> {
            throw new IllegalStateException("checkworthiness.bin.gz is damaged");
        });

        assertThat(analyzer.status())
                .isEqualTo("unavailable: IllegalStateException: checkworthiness.bin.gz is damaged");
        assertThatThrownBy(() -> analyzer.analyze("Rebel fire killed Russian officers, a spokesman said."))
                .isInstanceOf(IntakeUnavailableException.class)
                .hasMessageContaining("checkworthiness.bin.gz is damaged");
        assertThatThrownBy(() -> analyzer.score(List.of("Prices rose 9% last year.")))
                .isInstanceOf(IntakeUnavailableException.class);
    }

    @Test
    void aTextInAnotherLanguageIsRefusedWithAReasonAndEnglishIsNot() {
        String french = "Des tirs rebelles ont tué des officiers russes dans le sud de la province d'Idleb, a déclaré"
                + " mardi un porte-parole du Front national de libération, une coalition de groupes armés soutenue"
                + " par la Turquie. Cette information n'a pas pu être vérifiée de manière indépendante, et ni la"
                + " Russie ni la Syrie n'ont réagi.";
        String english = "Rebel fire killed Russian officers in southern Idlib province, a spokesman for the National"
                + " Front for Liberation said on Tuesday, a coalition of armed groups backed by Turkey. The report"
                + " could not be independently verified, and there was no immediate comment from Russia or Syria.";

        assertThat(English.looksEnglish(french)).isFalse();
        assertThat(English.looksEnglish(english)).isTrue();
        assertThat(English.looksEnglish("Idlib: rebels, Russia, Turkey"))
                .as("too short to judge")
                .isTrue();
    }
}
