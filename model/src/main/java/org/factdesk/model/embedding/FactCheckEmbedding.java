package org.factdesk.model.embedding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;

/**
 * The embedding of an imported fact-check's claim reviewed, written when it is imported (or later by the
 * background filler), so "already checked by" finds reviews of the same claim in other words.
 */
@Entity
@Table(name = "fact_check_embedding")
@Indexed(index = FactCheckEmbedding.SEARCH_INDEX)
public class FactCheckEmbedding extends TextEmbedding {

    private static final long serialVersionUID = 1L;

    public static final String SEARCH_INDEX = "fact-check-embedding";

    @Id
    @Column(name = "fact_check_id")
    private Long factCheckId;

    protected FactCheckEmbedding() {}

    public FactCheckEmbedding(long factCheckId, String model, float[] vector) {
        super(model, vector);
        this.factCheckId = factCheckId;
    }

    public Long getFactCheckId() {
        return factCheckId;
    }
}
