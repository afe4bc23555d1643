package org.factdesk.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.factdesk.service.security.LoginThrottle.Outcome;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle =
            new LoginThrottle(new LoginThrottle.Policy(3, 6, Duration.ofSeconds(30), Duration.ofMinutes(15)), clock);

    @Test
    void theFirstFailuresAreFreeThenDelaysDoubleThenTheKeyIsLocked() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.failed("u:rita")).isEqualTo(Outcome.NONE);
        }
        assertThat(throttle.wait("u:rita")).isZero();
        assertThat(throttle.failed("u:rita")).isEqualTo(Outcome.DELAYED);
        assertThat(throttle.wait("u:rita")).isEqualTo(Duration.ofSeconds(1));
        clock.move(Duration.ofSeconds(1));
        assertThat(throttle.wait("u:rita")).isZero();
        assertThat(throttle.failed("u:rita")).isEqualTo(Outcome.DELAYED);
        assertThat(throttle.wait("u:rita")).isEqualTo(Duration.ofSeconds(2));
        clock.move(Duration.ofSeconds(2));
        assertThat(throttle.failed("u:rita")).isEqualTo(Outcome.LOCKED);
        assertThat(throttle.wait("u:rita")).isEqualTo(Duration.ofMinutes(15));
        assertThat(throttle.wait("u:other")).isZero();
    }

    @Test
    void theLockEndsAfterItsDurationAndTheCountStartsAgain() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("a:127.0.0.9");
        }
        assertThat(throttle.wait("a:127.0.0.9")).isPositive();
        clock.move(Duration.ofMinutes(15));
        assertThat(throttle.wait("a:127.0.0.9")).isZero();
        assertThat(throttle.failed("a:127.0.0.9")).isEqualTo(Outcome.NONE);
    }

    @Test
    void delaysAreCappedAndASuccessClearsTheKey() {
        LoginThrottle slow = new LoginThrottle(
                new LoginThrottle.Policy(0, 100, Duration.ofSeconds(5), Duration.ofMinutes(15)), clock);
        for (int i = 0; i < 10; i++) {
            slow.failed("k");
            clock.move(Duration.ofSeconds(10));
        }
        slow.failed("k");
        assertThat(slow.wait("k")).isEqualTo(Duration.ofSeconds(5));
        slow.succeeded("k");
        assertThat(slow.wait("k")).isZero();
    }

    @Test
    void aQuietKeyIsForgotten() {
        throttle.failed("k");
        throttle.failed("k");
        throttle.failed("k");
        clock.move(Duration.ofMinutes(16));
        assertThat(throttle.wait("k")).isZero();
        assertThat(throttle.failed("k")).isEqualTo(Outcome.NONE);
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-02T08:00:00Z");

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
