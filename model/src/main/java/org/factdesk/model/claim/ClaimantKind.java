package org.factdesk.model.claim;

/** Whether a claim was made by a named person or by an organisation speaking as itself. */
public enum ClaimantKind {
    PERSON,
    ORGANISATION
}
