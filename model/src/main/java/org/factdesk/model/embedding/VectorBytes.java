package org.factdesk.model.embedding;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Stores a float vector as little-endian bytes (4 per dimension): one column, the same on H2 and PostgreSQL. */
@Converter
public class VectorBytes implements AttributeConverter<float[], byte[]> {

    @Override
    public byte[] convertToDatabaseColumn(float[] vector) {
        if (vector == null) {
            return null;
        }
        ByteBuffer bytes = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(vector);
        return bytes.array();
    }

    @Override
    public float[] convertToEntityAttribute(byte[] column) {
        if (column == null) {
            return null;
        }
        float[] vector = new float[column.length / Float.BYTES];
        ByteBuffer.wrap(column).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
    }
}
