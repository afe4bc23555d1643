package org.factdesk.model.claim;

/** Where a claim is in the verification workflow. See {@link Transition} for the moves between them. */
public enum ClaimStatus {
    /** Taken from the news, not yet looked at: unverified. */
    NEW,
    /** An editor judged it worth checking. */
    TRIAGED,
    /** An editor judged it not worth checking (with a reason). */
    DISMISSED,
    /** Assigned to a fact-checker who is gathering evidence. */
    IN_REVIEW,
    /** A verdict is drafted and waits for a second person's approval. */
    AWAITING_APPROVAL,
    /** The verdict is approved and may be published. */
    APPROVED,
    /** The verdict is public. */
    PUBLISHED,
    /** The published verdict was corrected (with a correction note). */
    CORRECTED;

    /** True while nobody has reached a verdict on the assertion. */
    public boolean isOpen() {
        return this != DISMISSED && this != PUBLISHED && this != CORRECTED;
    }

    /** True once the verdict is public: anyone who may read claims at all may read this one. */
    public boolean isPublic() {
        return this == PUBLISHED || this == CORRECTED;
    }

    /** The statuses whose claims are public, for queries. */
    public static java.util.List<ClaimStatus> publicStatuses() {
        return PUBLIC;
    }

    private static final java.util.List<ClaimStatus> PUBLIC =
            java.util.Arrays.stream(values()).filter(ClaimStatus::isPublic).toList();
}
