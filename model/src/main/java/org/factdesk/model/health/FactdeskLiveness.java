package org.factdesk.model.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive unless the heap is all but exhausted — the one state a restart fixes. It deliberately ignores the
 * database: a database outage makes Factdesk not ready, and restarting WildFly would not bring it back.
 */
@Liveness
@ApplicationScoped
public class FactdeskLiveness implements HealthCheck {

    /** Above this share of the maximum heap, still in use after collection, the server is stuck. */
    static final double HEAP_LIMIT = 0.98;

    @Override
    public HealthCheckResponse call() {
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        double share = (double) used / runtime.maxMemory();
        return HealthCheckResponse.named(FactdeskReadiness.NAME)
                .withData("heapUsedPercent", Math.round(share * 100))
                .status(share < HEAP_LIMIT)
                .build();
    }
}
