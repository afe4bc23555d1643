package org.factdesk.model.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdmiraltyGradeTest {

    @Test
    void reliabilityAndCredibilityAreGradedIndependently() {
        AdmiraltyGrade grade = AdmiraltyGrade.parse("b4");
        assertThat(grade.getReliability()).isEqualTo(SourceReliability.B);
        assertThat(grade.getCredibility()).isEqualTo(InformationCredibility.DOUBTFUL);
        assertThat(grade.code()).isEqualTo("B4");
    }

    @Test
    void cannotBeJudgedIsItsOwnGrade() {
        assertThat(AdmiraltyGrade.parse("F6"))
                .isEqualTo(new AdmiraltyGrade(SourceReliability.F, InformationCredibility.CANNOT_BE_JUDGED));
        assertThat(InformationCredibility.ofGrade(6)).isEqualTo(InformationCredibility.CANNOT_BE_JUDGED);
    }

    @Test
    void equalityIsByValue() {
        assertThat(AdmiraltyGrade.parse("A1"))
                .isEqualTo(AdmiraltyGrade.parse("a1"))
                .hasSameHashCodeAs(AdmiraltyGrade.parse("A1"))
                .isNotEqualTo(AdmiraltyGrade.parse("A2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"G1", "A0", "A7", "", "B22", "1A"})
    void malformedCodesAreRefused(String code) {
        assertThatThrownBy(() -> AdmiraltyGrade.parse(code)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bothPartsAreRequired() {
        assertThatThrownBy(() -> new AdmiraltyGrade(null, InformationCredibility.CONFIRMED))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> InformationCredibility.ofGrade(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
