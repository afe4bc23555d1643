package org.factdesk.service.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClaimSortTest {

    @Test
    void aLeadingMinusSortsDescending() {
        assertThat(ClaimSort.parse("-priority")).isEqualTo(new ClaimSort(ClaimSort.Field.PRIORITY, false));
        assertThat(ClaimSort.parse("due")).isEqualTo(new ClaimSort(ClaimSort.Field.DUE, true));
        assertThat(ClaimSort.parse("dueAt")).isEqualTo(new ClaimSort(ClaimSort.Field.DUE, true));
        assertThat(ClaimSort.parse("-checkWorthiness"))
                .isEqualTo(new ClaimSort(ClaimSort.Field.CHECK_WORTHINESS, false));
    }

    @Test
    void relevanceReadsAsBestFirst() {
        assertThat(ClaimSort.parse("relevance")).isEqualTo(new ClaimSort(ClaimSort.Field.RELEVANCE, true));
    }

    @Test
    void unknownFieldsAreRefused() {
        assertThatThrownBy(() -> ClaimSort.parse("password")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDefaultPutsUrgentAndSoonestDueFirst() {
        assertThat(ClaimSort.DEFAULT)
                .extracting(ClaimSort::field)
                .containsExactly(ClaimSort.Field.PRIORITY, ClaimSort.Field.DUE, ClaimSort.Field.CREATED);
        assertThat(ClaimSort.DEFAULT.get(0).ascending()).isFalse();
    }
}
