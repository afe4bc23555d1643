package org.factdesk.model.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.factdesk.model.common.BaseEntity;

/** A note a colleague left on a claim. The author is the row's {@code createdBy}. */
@Entity
@Table(name = "claim_comment")
@NamedQuery(
        name = Comment.LIST_BY_CLAIM,
        query = "select c from Comment c where c.claim.id = :claimId order by c.id desc")
public class Comment extends BaseEntity {

    public static final String LIST_BY_CLAIM = "Comment.listByClaim";
    public static final int TEXT_MAX = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id", nullable = false, updatable = false)
    private Claim claim;

    @NotBlank
    @Size(max = TEXT_MAX)
    @Column(nullable = false, length = TEXT_MAX)
    private String text;

    protected Comment() {}

    public Comment(Claim claim, String text) {
        this.claim = Objects.requireNonNull(claim);
        this.text = Objects.requireNonNull(text);
    }

    public Claim getClaim() {
        return claim;
    }

    public String getText() {
        return text;
    }
}
