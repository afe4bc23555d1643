package org.factdesk.model.evidence;

/** How a piece of evidence bears on the claim's assertion. */
public enum Stance {
    SUPPORTS,
    REFUTES,
    CONTEXT
}
