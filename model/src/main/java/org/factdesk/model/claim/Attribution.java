package org.factdesk.model.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.io.Serializable;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * "X said Y": who made the claim and how the report put it (reporting verb: said, claimed, according to …),
 * with its own check state. Value object: replaced whole, never edited in place.
 */
@Embeddable
public class Attribution implements Serializable {

    public static final int VERB_MAX = 60;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "claimant_id")
    private Claimant claimant;

    @Column(name = "reporting_verb", length = VERB_MAX)
    private String reportingVerb;

    @Enumerated(EnumType.STRING)
    @Column(name = "attribution_check", length = 16)
    private AttributionCheck check;

    protected Attribution() {}

    public Attribution(Claimant claimant, String reportingVerb, AttributionCheck check) {
        this.claimant = Objects.requireNonNull(claimant, "claimant");
        this.reportingVerb = Objects.requireNonNull(reportingVerb, "reportingVerb");
        if (reportingVerb.isBlank() || reportingVerb.length() > VERB_MAX) {
            throw new IllegalArgumentException("reporting verb must be 1.." + VERB_MAX + " characters");
        }
        this.check = Objects.requireNonNull(check, "check");
    }

    public Attribution withCheck(AttributionCheck newCheck) {
        return new Attribution(claimant, reportingVerb, newCheck);
    }

    public Claimant getClaimant() {
        return claimant;
    }

    public String getReportingVerb() {
        return reportingVerb;
    }

    public AttributionCheck getCheck() {
        return check;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Attribution that
                && Objects.equals(claimant, that.claimant)
                && Objects.equals(reportingVerb, that.reportingVerb)
                && check == that.check;
    }

    @Override
    public int hashCode() {
        return Objects.hash(reportingVerb, check);
    }
}
