package org.factdesk.model.evidence;

/** Admiralty scale, first letter: how reliable the source of a piece of evidence has been. */
public enum SourceReliability {
    /** Completely reliable. */
    A,
    /** Usually reliable. */
    B,
    /** Fairly reliable. */
    C,
    /** Not usually reliable. */
    D,
    /** Unreliable. */
    E,
    /** Reliability cannot be judged. */
    F
}
