package org.factdesk.service.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.factdesk.model.claim.ClaimStatus;
import org.factdesk.service.queue.ClaimQueue;
import org.factdesk.service.search.SearchIndexState;
import org.junit.jupiter.api.Test;

/** The operators' gauges: counted on the timer, and left alone while the search index is rebuilt. */
class NewsroomMetricsTest {

    /** Answers as the index would, and counts how often it was asked. */
    static final class CountingQueue extends ClaimQueue {
        int asked;
        long published;

        @Override
        public Map<ClaimStatus, Long> countAllByStatus() {
            asked++;
            Map<ClaimStatus, Long> counts = new EnumMap<>(ClaimStatus.class);
            counts.put(ClaimStatus.PUBLISHED, published);
            return counts;
        }

        @Override
        public Map<String, long[]> openAndOverdueByDesk() {
            asked++;
            Map<String, long[]> desks = new HashMap<>();
            desks.put("world", new long[] {published, 1});
            return desks;
        }
    }

    @Test
    void whileTheIndexIsRebuiltTheGaugesKeepTheirLastFiguresAndNothingIsCounted() {
        CountingQueue queue = new CountingQueue();
        SearchIndexState index = new SearchIndexState();
        index.ready();
        NewsroomMetrics metrics = metrics(queue, index);
        SimpleMeterRegistry registry = new SimpleMeterRegistry();

        queue.published = 40;
        metrics.registerIn(registry);
        assertThat(published(registry)).isEqualTo(40);
        assertThat(queue.asked).isEqualTo(2);

        index.startRebuild();
        queue.published = 41;
        metrics.refresh();
        assertThat(queue.asked).as("no count while the index is rebuilt").isEqualTo(2);
        assertThat(published(registry)).as("the last figures stay").isEqualTo(40);
        assertThat(registry.get("factdesk_desk_claims_open")
                        .tag("desk", "world")
                        .gauge()
                        .value())
                .isEqualTo(40);

        index.ready();
        metrics.refresh();
        assertThat(queue.asked).isEqualTo(4);
        assertThat(published(registry)).isEqualTo(41);
    }

    @Test
    void aServerWithNoFiguresYetCountsOnceEvenWhileTheIndexIsRebuilt() {
        CountingQueue queue = new CountingQueue();
        SearchIndexState index = new SearchIndexState();
        index.startRebuild();
        NewsroomMetrics metrics = metrics(queue, index);
        SimpleMeterRegistry registry = new SimpleMeterRegistry();

        queue.published = 7;
        metrics.registerIn(registry);
        metrics.refresh();

        assertThat(queue.asked).as("counted at start-up, then left alone").isEqualTo(2);
        assertThat(published(registry)).isEqualTo(7);
    }

    private static NewsroomMetrics metrics(ClaimQueue queue, SearchIndexState index) {
        NewsroomMetrics metrics = new NewsroomMetrics();
        metrics.queue = queue;
        metrics.index = index;
        return metrics;
    }

    private static double published(SimpleMeterRegistry registry) {
        return registry.get("factdesk_claims")
                .tag("status", "PUBLISHED")
                .gauge()
                .value();
    }
}
