package org.factdesk.model.claim;

/** The kinds of caveat a report prints about its own claims. */
public enum HedgeKind {
    /** "could not be independently verified", "unconfirmed reports". */
    UNVERIFIED,
    /** "there was no immediate comment from Russia or Syria". */
    NO_COMMENT,
    /** "according to a source", "officials who spoke on condition of anonymity". */
    ANONYMOUS_SOURCE,
    /** "allegedly", "reportedly". */
    ALLEGED,
    OTHER
}
