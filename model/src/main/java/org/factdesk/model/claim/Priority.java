package org.factdesk.model.claim;

/** How soon a claim needs an answer. Queues sort by {@link #rank()}, highest first. */
public enum Priority {
    LOW,
    NORMAL,
    HIGH,
    URGENT;

    public int rank() {
        return ordinal();
    }
}
