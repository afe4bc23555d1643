package org.factdesk.model.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.factdesk.model.claim.Claim;
import org.factdesk.model.common.BaseEntity;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * Something found while checking a claim — a document, a statement, imagery — with how it bears on the
 * assertion and how far it can be trusted (Admiralty grade). Who added it is the row's {@code createdBy}.
 *
 * <p>Evidence is internal to the desk unless the desk chooses to show it on the public fact-check
 * ({@link #isShownPublicly()}): a source may be protected, a document shared in confidence, a lead a dead end.
 * Internal is the default, so nothing reaches readers by omission.
 */
@Entity
@Table(name = "evidence")
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@NamedQuery(name = Evidence.LIST_BY_CLAIM, query = "select e from Evidence e where e.claim.id = :claimId order by e.id")
public class Evidence extends BaseEntity {

    public static final String LIST_BY_CLAIM = "Evidence.listByClaim";
    public static final int URL_MAX = 2000;
    public static final int DESCRIPTION_MAX = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id", nullable = false, updatable = false)
    private Claim claim;

    @Size(max = URL_MAX)
    @jakarta.validation.constraints.Pattern(regexp = "(https?://\\S+)?", message = "{Evidence.url.pattern}")
    @Column(length = URL_MAX)
    private String url;

    @NotBlank
    @Size(max = DESCRIPTION_MAX)
    @Column(nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EvidenceKind kind;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Stance stance;

    @NotNull
    @Valid
    @Embedded
    private AdmiraltyGrade grade;

    @Column(name = "shown_publicly", nullable = false)
    private boolean shownPublicly;

    protected Evidence() {}

    public Evidence(Claim claim, String description, EvidenceKind kind, Stance stance, AdmiraltyGrade grade) {
        this.claim = Objects.requireNonNull(claim);
        this.description = Objects.requireNonNull(description);
        this.kind = Objects.requireNonNull(kind);
        this.stance = Objects.requireNonNull(stance);
        this.grade = Objects.requireNonNull(grade);
    }

    public Claim getClaim() {
        return claim;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public EvidenceKind getKind() {
        return kind;
    }

    public void setKind(EvidenceKind kind) {
        this.kind = kind;
    }

    public Stance getStance() {
        return stance;
    }

    public void setStance(Stance stance) {
        this.stance = stance;
    }

    public AdmiraltyGrade getGrade() {
        return grade;
    }

    public void setGrade(AdmiraltyGrade grade) {
        this.grade = Objects.requireNonNull(grade);
    }

    /** Whether readers see it with the published verdict; internal ({@code false}) unless the desk chose so. */
    public boolean isShownPublicly() {
        return shownPublicly;
    }

    public void setShownPublicly(boolean shownPublicly) {
        this.shownPublicly = shownPublicly;
    }
}
