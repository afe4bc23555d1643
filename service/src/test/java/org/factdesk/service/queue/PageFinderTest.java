package org.factdesk.service.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.factdesk.model.common.BaseEntity;
import org.junit.jupiter.api.Test;

class PageFinderTest {

    @Test
    void numbersCutByStandForScoresAndTimesInTheirOwnOrder() {
        List<Double> scores = List.of(-1.0, -0.0, 0.0, 1e-9, 0.2, 0.25, 0.5, 0.999, 1.0);
        List<Long> cut = scores.stream().map(PageFinder.Kind.DOUBLE::toLong).toList();
        assertThat(cut).isSortedAccordingTo(Comparator.naturalOrder());
        scores.forEach(score -> assertThat(PageFinder.Kind.DOUBLE.fromLong(PageFinder.Kind.DOUBLE.toLong(score)))
                .isEqualTo(score));

        Instant saved = Instant.parse("2026-12-03T21:15:30.123456789Z");
        long millis = PageFinder.Kind.INSTANT.toLong(saved);
        assertThat(PageFinder.Kind.INSTANT.fromLong(millis))
                .as("as the index holds it: to the millisecond")
                .isEqualTo(Instant.parse("2026-12-03T21:15:30.123Z"));
    }

    @Test
    void theDefaultOrderIsCutByPriorityThenDueDateThenAgeThenId() {
        List<PageFinder.Key> keys = PageFinder.keys(ClaimSort.DEFAULT);
        assertThat(keys)
                .extracting(PageFinder.Key::field)
                .containsExactly("priorityRank", "dueAt", "createdAt", BaseEntity.SORT_ID_FIELD);
        assertThat(keys).extracting(PageFinder.Key::ascending).containsExactly(false, true, false, false);
        assertThat(keys.get(0).domain()).as("the four priorities").containsExactly(0, 3);
        assertThat(keys.get(1).missingFirst())
                .as("claims without a due date come last")
                .isFalse();
    }

    @Test
    void rowsWithoutAValueSitWhereTheSortPutsThem() {
        PageFinder.Key dueLatestFirst =
                PageFinder.keys(List.of(ClaimSort.parse("-due"))).get(0);
        assertThat(dueLatestFirst.missingFirst())
                .as("latest due first: none first, as the database orders")
                .isTrue();
        PageFinder.Key mostWorthy =
                PageFinder.keys(List.of(ClaimSort.parse("-checkWorthiness"))).get(0);
        assertThat(mostWorthy.missingFirst())
                .as("an unscored claim sorts as -1: last")
                .isFalse();
        List<PageFinder.Key> byStatement = PageFinder.keys(List.of(ClaimSort.parse("statement")));
        assertThat(byStatement)
                .extracting(PageFinder.Key::kind)
                .containsExactly(PageFinder.Kind.LONG, PageFinder.Kind.TEXT, PageFinder.Kind.LONG);
    }
}
