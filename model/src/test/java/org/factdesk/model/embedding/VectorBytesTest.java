package org.factdesk.model.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VectorBytesTest {

    private final VectorBytes converter = new VectorBytes();

    @Test
    void aVectorSurvivesTheColumnExactlyInFourLittleEndianBytesPerDimension() {
        float[] vector = {0.5f, -1.25f, Float.MIN_VALUE, 3.4e38f};
        byte[] column = converter.convertToDatabaseColumn(vector);

        assertThat(column).hasSize(16);
        assertThat(column[0]).isZero(); // 0.5f = 0x3F000000, lowest byte first
        assertThat(column[3]).isEqualTo((byte) 0x3F);
        assertThat(converter.convertToEntityAttribute(column)).containsExactly(vector);
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }
}
