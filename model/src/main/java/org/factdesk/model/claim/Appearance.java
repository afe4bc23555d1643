package org.factdesk.model.claim;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.factdesk.model.common.BaseEntity;
import org.factdesk.model.source.Source;

/**
 * Where a claim appeared: in which source, with the excerpt as printed. The hedges belong here, not to the
 * claim, because each outlet prints its own caveats ("could not be independently verified").
 */
@Entity
@Table(name = "appearance")
public class Appearance extends BaseEntity {

    public static final int EXCERPT_MAX = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id", nullable = false)
    private Claim claim;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id", nullable = false)
    private Source source;

    @NotBlank
    @Size(max = EXCERPT_MAX)
    @Column(nullable = false, length = EXCERPT_MAX)
    private String excerpt;

    @Column(name = "start_offset")
    private Integer startOffset;

    @Column(name = "end_offset")
    private Integer endOffset;

    @OneToMany(mappedBy = "appearance", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Hedge> hedges = new ArrayList<>();

    protected Appearance() {}

    public Appearance(Claim claim, Source source, String excerpt) {
        this.claim = Objects.requireNonNull(claim);
        this.source = Objects.requireNonNull(source);
        this.excerpt = Objects.requireNonNull(excerpt);
    }

    public Hedge addHedge(HedgeKind kind, String text) {
        Hedge hedge = new Hedge(this, kind, text);
        hedges.add(hedge);
        return hedge;
    }

    public void setOffsets(Integer start, Integer end) {
        if (start != null && end != null && end < start) {
            throw new IllegalArgumentException("end offset before start offset");
        }
        this.startOffset = start;
        this.endOffset = end;
    }

    public Claim getClaim() {
        return claim;
    }

    public Source getSource() {
        return source;
    }

    public String getExcerpt() {
        return excerpt;
    }

    public Integer getStartOffset() {
        return startOffset;
    }

    public Integer getEndOffset() {
        return endOffset;
    }

    public List<Hedge> getHedges() {
        return Collections.unmodifiableList(hedges);
    }
}
