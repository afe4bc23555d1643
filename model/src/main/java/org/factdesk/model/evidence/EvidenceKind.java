package org.factdesk.model.evidence;

/** What a piece of evidence is. */
public enum EvidenceKind {
    DOCUMENT,
    OFFICIAL_STATEMENT,
    EYEWITNESS,
    IMAGERY,
    DATA,
    EXPERT,
    MEDIA_REPORT
}
