package org.factdesk.model.embedding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;

/**
 * The embedding of a claim's statement, in its own row and its own index: written when the claim is created or
 * its statement edited, or later by the background filler for claims older than embeddings; never part of the
 * claim's version.
 */
@Entity
@Table(name = "claim_embedding")
@Indexed(index = ClaimEmbedding.SEARCH_INDEX)
public class ClaimEmbedding extends TextEmbedding {

    private static final long serialVersionUID = 1L;

    public static final String SEARCH_INDEX = "claim-embedding";

    @Id
    @Column(name = "claim_id")
    private Long claimId;

    protected ClaimEmbedding() {}

    public ClaimEmbedding(long claimId, String model, float[] vector) {
        super(model, vector);
        this.claimId = claimId;
    }

    public Long getClaimId() {
        return claimId;
    }
}
