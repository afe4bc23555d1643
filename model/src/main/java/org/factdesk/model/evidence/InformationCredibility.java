package org.factdesk.model.evidence;

/** Admiralty scale, second figure: how credible the information itself is, judged apart from its source. */
public enum InformationCredibility {
    /** Confirmed by other sources. */
    CONFIRMED(1),
    /** Probably true. */
    PROBABLY_TRUE(2),
    /** Possibly true. */
    POSSIBLY_TRUE(3),
    /** Doubtful. */
    DOUBTFUL(4),
    /** Improbable. */
    IMPROBABLE(5),
    /** Truth cannot be judged. */
    CANNOT_BE_JUDGED(6);

    private final int grade;

    InformationCredibility(int grade) {
        this.grade = grade;
    }

    public int grade() {
        return grade;
    }

    public static InformationCredibility ofGrade(int grade) {
        for (InformationCredibility c : values()) {
            if (c.grade == grade) {
                return c;
            }
        }
        throw new IllegalArgumentException("information credibility is graded 1 to 6, not " + grade);
    }
}
