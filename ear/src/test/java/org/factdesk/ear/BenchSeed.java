package org.factdesk.ear;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;

/**
 * The database every benchmark measures: {@code -Dfactdesk.bench.claims} claims (default 100,000), generated
 * once by whichever benchmark runs first, so benchmarks may run in any order on one server.
 */
public final class BenchSeed {

    public static final int CLAIMS = Integer.getInteger("factdesk.bench.claims", 100_000);

    private BenchSeed() {
    }

    /** Tops the database up to {@link #CLAIMS}; returns the generator's answer, or null if nothing was needed. */
    public static synchronized JsonNode ensure() {
        Api admin = Api.as("admin");
        Api.Reply counted = admin.get("claims?size=1");
        if (counted.status() != 200) {
            // never read a failed count as "empty": that would generate the whole database again
            throw new IllegalStateException("counting claims failed: " + counted);
        }
        long before = counted.json().path("total").asLong();
        if (before >= CLAIMS) {
            return null;
        }
        Api.Reply generated = admin.post("admin/load/claims?count=" + (CLAIMS - before) + "&seed=" + before, "",
                Duration.ofMinutes(60));
        if (generated.status() != 200) {
            throw new IllegalStateException("generating failed: " + generated);
        }
        System.out.printf("BenchSeed: generated %,d claims: %s%n", CLAIMS - before, generated.body());
        return generated.json();
    }
}
