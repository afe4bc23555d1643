package org.factdesk.model.verdict;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;
import org.factdesk.model.common.BaseEntity;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * The answer to a claim's assertion: a rating from the scale with its reasoning. Drafted by a fact-checker,
 * approved by somebody else (four eyes), then published; a published verdict is corrected in place, with a
 * note, and Envers keeps every earlier wording.
 */
@Entity
@Table(name = "verdict")
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class Verdict extends BaseEntity {

    public static final int SUMMARY_MAX = 500;
    public static final int EXPLANATION_MAX = 20_000;
    public static final int SOURCES_MAX = 4000;
    public static final int NOTE_MAX = 2000;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rating_id", nullable = false)
    private Rating rating;

    @NotBlank
    @Size(max = SUMMARY_MAX)
    @Column(nullable = false, length = SUMMARY_MAX)
    private String summary;

    @Size(max = EXPLANATION_MAX)
    @Column(length = EXPLANATION_MAX)
    private String explanation;

    @Size(max = SOURCES_MAX)
    @Column(name = "sources_cited", length = SOURCES_MAX)
    private String sourcesCited;

    /** Who last wrote the wording: the person who may not approve it. */
    @Column(name = "drafted_by", nullable = false, length = USERNAME_MAX)
    private String draftedBy;

    @Column(name = "approved_by", length = USERNAME_MAX)
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Size(max = NOTE_MAX)
    @Column(name = "correction_note", length = NOTE_MAX)
    private String correctionNote;

    protected Verdict() {}

    public Verdict(Rating rating, String summary, String draftedBy) {
        this.rating = Objects.requireNonNull(rating);
        this.summary = Objects.requireNonNull(summary);
        this.draftedBy = Objects.requireNonNull(draftedBy);
    }

    /** A new wording voids any earlier approval: the new text needs its own second pair of eyes. */
    public void redraft(Rating newRating, String newSummary, String newExplanation, String newSources, String author) {
        this.rating = Objects.requireNonNull(newRating);
        this.summary = Objects.requireNonNull(newSummary);
        this.explanation = newExplanation;
        this.sourcesCited = newSources;
        this.draftedBy = Objects.requireNonNull(author);
        this.approvedBy = null;
        this.approvedAt = null;
    }

    public void approve(String approver, Instant at) {
        this.approvedBy = Objects.requireNonNull(approver);
        this.approvedAt = Objects.requireNonNull(at);
    }

    public void withdrawApproval() {
        this.approvedBy = null;
        this.approvedAt = null;
    }

    public void publish(Instant at) {
        this.publishedAt = Objects.requireNonNull(at);
    }

    public void correct(String note) {
        this.correctionNote = Objects.requireNonNull(note);
    }

    public Rating getRating() {
        return rating;
    }

    public String getSummary() {
        return summary;
    }

    public String getExplanation() {
        return explanation;
    }

    public String getSourcesCited() {
        return sourcesCited;
    }

    public String getDraftedBy() {
        return draftedBy;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getCorrectionNote() {
        return correctionNote;
    }
}
