package org.factdesk.ear;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;

/**
 * The database every benchmark measures: {@code -Dfactdesk.bench.claims} claims (default 100,000), generated
 * once by whichever benchmark runs first, so benchmarks may run in any order on one server.
 */
public final class BenchSeed {

    public static final int CLAIMS = Integer.getInteger("factdesk.bench.claims", 100_000);

    private BenchSeed() {}

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
            awaitIndex(admin);
            return null;
        }
        Api.Reply generated = admin.post(
                "admin/load/claims?count=" + (CLAIMS - before) + "&seed=" + before, "", Duration.ofMinutes(60));
        if (generated.status() != 200) {
            throw new IllegalStateException("generating failed: " + generated);
        }
        System.out.printf("BenchSeed: generated %,d claims: %s%n", CLAIMS - before, generated.body());
        awaitIndex(admin);
        return generated.json();
    }

    /**
     * Waits until the claim index is complete: a server started on a database seeded by an earlier run (each
     * build provisions a new server, without its index) rebuilds the index in the background, and a benchmark
     * measured meanwhile would time the rebuild and the database fallback, not the product.
     */
    private static void awaitIndex(Api admin) {
        long started = System.nanoTime();
        for (int attempt = 0; attempt < 12; attempt++) {
            Api.Reply progress = admin.get("admin/search-index?wait=300", Duration.ofMinutes(6));
            String phase = progress.json().path("phase").asText();
            if ("READY".equals(phase)) {
                long waited = (System.nanoTime() - started) / 1_000_000_000;
                if (waited > 1) {
                    System.out.printf("BenchSeed: waited %d s for the search index to be rebuilt%n", waited);
                }
                return;
            }
            if (!"REBUILDING".equals(phase)) {
                throw new IllegalStateException("the search index is " + progress);
            }
        }
        throw new IllegalStateException("the search index was not rebuilt within an hour");
    }
}
