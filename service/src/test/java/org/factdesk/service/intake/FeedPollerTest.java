package org.factdesk.service.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FeedPollerTest {

    @Test
    void feedsArePolledEveryQuarterHourUnlessTheServerSaysOtherwise() {
        assertThat(FeedPoller.interval(null)).isEqualTo(900);
        assertThat(FeedPoller.interval(" ")).isEqualTo(900);
        assertThat(FeedPoller.interval("20")).isEqualTo(20);
        assertThat(FeedPoller.interval("1800")).as("every half hour").isEqualTo(1800);
    }

    @Test
    void anIntervalTheClockCannotRepeatEvenlyStopsTheStart() {
        for (String uneven : new String[] {"45", "0", "-20", "90", "420"}) {
            assertThatThrownBy(() -> FeedPoller.interval(uneven))
                    .as(uneven)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("factdesk.feeds.poll-seconds=" + uneven);
        }
    }

    @Test
    void theLeaseRunsOutBeforeTheNextTurn() {
        assertThat(FeedPoller.hold(900)).isEqualTo(Duration.ofSeconds(870));
        assertThat(FeedPoller.hold(20)).isEqualTo(Duration.ofSeconds(18));
    }
}
