package org.factdesk.model.claim;

/**
 * Whether "X said Y" itself is established — independent of whether Y is true. A spokesman can be on record
 * (CONFIRMED) while what he said is still unproven.
 */
public enum AttributionCheck {
    /** Only the report says X said it. */
    UNCONFIRMED,
    /** X is on record saying it (statement, recording, post). */
    CONFIRMED,
    /** X denies having said it, or the record shows otherwise. */
    DISPUTED
}
