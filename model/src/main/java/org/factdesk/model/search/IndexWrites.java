package org.factdesk.model.search;

import java.util.concurrent.atomic.AtomicLong;

/**
 * When the last save reached the index writer ({@link System#nanoTime()}), recorded by
 * {@link IndexedBeforeReturn} on the saving thread before the save returns to its caller, so no later request
 * can overtake it. The service's search freshness compares it with the age of the index reader.
 */
public final class IndexWrites {

    private static final AtomicLong LAST_APPLIED = new AtomicLong(Long.MIN_VALUE);

    private IndexWrites() {}

    static void applied() {
        LAST_APPLIED.accumulateAndGet(System.nanoTime(), Math::max);
    }

    /** When the last save reached the index writer, or {@link Long#MIN_VALUE} if none has since start-up. */
    public static long lastApplied() {
        return LAST_APPLIED.get();
    }
}
