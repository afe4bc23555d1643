package org.factdesk.model.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;

/**
 * The Admiralty (NATO) grade of a piece of evidence: source reliability A–F and information credibility 1–6,
 * graded independently — a usually reliable source can pass on doubtful information ("B4"). F and 6 mean
 * "cannot be judged", not "bad".
 */
@Embeddable
public class AdmiraltyGrade implements Serializable {

    @Enumerated(EnumType.STRING)
    @Column(name = "source_reliability", nullable = false, length = 1)
    private SourceReliability reliability;

    @Enumerated(EnumType.STRING)
    @Column(name = "information_credibility", nullable = false, length = 20)
    private InformationCredibility credibility;

    protected AdmiraltyGrade() {}

    public AdmiraltyGrade(SourceReliability reliability, InformationCredibility credibility) {
        this.reliability = Objects.requireNonNull(reliability, "reliability");
        this.credibility = Objects.requireNonNull(credibility, "credibility");
    }

    /** Parses the usual two-character notation, e.g. "B2". */
    public static AdmiraltyGrade parse(String code) {
        if (code == null || !code.matches("[A-Fa-f][1-6]")) {
            throw new IllegalArgumentException("an Admiralty grade is a letter A-F and a figure 1-6, e.g. B2");
        }
        return new AdmiraltyGrade(
                SourceReliability.valueOf(code.substring(0, 1).toUpperCase()),
                InformationCredibility.ofGrade(code.charAt(1) - '0'));
    }

    public String code() {
        return reliability.name() + credibility.grade();
    }

    public SourceReliability getReliability() {
        return reliability;
    }

    public InformationCredibility getCredibility() {
        return credibility;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AdmiraltyGrade that
                && reliability == that.reliability
                && credibility == that.credibility;
    }

    @Override
    public int hashCode() {
        return Objects.hash(reliability, credibility);
    }

    @Override
    public String toString() {
        return code();
    }
}
