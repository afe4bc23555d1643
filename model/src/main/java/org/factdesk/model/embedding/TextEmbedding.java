package org.factdesk.model.embedding;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.search.engine.backend.types.VectorSimilarity;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.VectorField;

/**
 * A sentence embedding of one text: a unit vector of {@link #DIMENSION} floats from the encoder named in {@link
 * #getModel()}. Indexed as a vector field, so the search engine (Lucene embedded, or OpenSearch with its k-NN
 * plugin) finds the nearest texts by cosine.
 */
@MappedSuperclass
public abstract class TextEmbedding implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Dimensions of every vector: all-MiniLM-L6-v2's. */
    public static final int DIMENSION = 384;
    /** The indexed vector field. */
    public static final String VECTOR_FIELD = "vector";

    @Column(nullable = false, length = 64)
    private String model;

    /**
     * The vector graph's links per vector ({@code m}) and the candidates weighed for each link while it is built
     * ({@code efConstruction}): Lucene's and OpenSearch's own defaults, 16 and 100, where Hibernate Search's default
     * {@code efConstruction} is 512. Every merge of index segments builds the merged graph again, and on a two-core
     * server those merges ran beside the editors' saves: merging 20,750 sentence vectors took 67 s of one core at
     * 512 and 17 s at 100. Searches ask the graph for twice the candidates they keep, which more than makes up for
     * the sparser graph (VectorGraphBenchmark in the tools module; docs/performance.md).
     */
    public static final int GRAPH_LINKS = 16;

    public static final int GRAPH_BUILD_CANDIDATES = 100;

    @Convert(converter = VectorBytes.class)
    @Column(nullable = false)
    @VectorField(
            dimension = DIMENSION,
            vectorSimilarity = VectorSimilarity.COSINE,
            m = GRAPH_LINKS,
            efConstruction = GRAPH_BUILD_CANDIDATES)
    private float[] vector;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TextEmbedding() {}

    protected TextEmbedding(String model, float[] vector) {
        set(model, vector);
    }

    /** Replaces the vector (the text changed, or another model encoded it). */
    public final void set(String model, float[] vector) {
        if (vector.length != DIMENSION) {
            throw new IllegalArgumentException("expected " + DIMENSION + " dimensions, got " + vector.length);
        }
        this.model = Objects.requireNonNull(model);
        this.vector = vector.clone();
        this.createdAt = Instant.now();
    }

    public String getModel() {
        return model;
    }

    public float[] getVector() {
        return vector.clone();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
