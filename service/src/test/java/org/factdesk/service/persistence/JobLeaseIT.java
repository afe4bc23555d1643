package org.factdesk.service.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.factdesk.service.Deployments;
import org.factdesk.service.common.JobLeases;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Work that must happen once across servers: two servers ("a", "b") asking for the feed poll's lease on the real
 * database, at chosen moments far from now so that this server's own timer cannot interfere.
 */
@ExtendWith(ArquillianExtension.class)
class JobLeaseIT {

    private static final Duration HOLD = Duration.ofMinutes(14);

    @Deployment
    static WebArchive deployment() {
        return Deployments.serviceSlice();
    }

    @Inject
    JobLeases leases;

    @Test
    void oneServerPollsPerTurnAndASurvivorTakesTheNextTurn() {
        Instant turn = Instant.parse("2100-01-01T00:00:00Z");
        try {
            takeTurns(turn);
        } finally {
            // leave the lease free for this server's own timer and the tests after this one
            leases.release(JobLeases.FEED_POLL, "a");
            leases.release(JobLeases.FEED_POLL, "b");
        }
        assertThat(leases.acquire(JobLeases.FEED_POLL, "c", turn.plus(Duration.ofMinutes(16)), HOLD))
                .as("given back before it ran out, the lease is free at once")
                .isTrue();
        leases.release(JobLeases.FEED_POLL, "c");
    }

    private void takeTurns(Instant turn) {
        assertThat(leases.acquire(JobLeases.FEED_POLL, "a", turn, HOLD))
                .as("the first server to ask takes the turn")
                .isTrue();
        assertThat(leases.acquire(JobLeases.FEED_POLL, "b", turn.plusSeconds(1), HOLD))
                .as("the other server's timer, a second later, skips it")
                .isFalse();
        assertThat(leases.acquire(JobLeases.FEED_POLL, "a", turn.plusSeconds(2), HOLD))
                .as("the holder may renew")
                .isTrue();
        Instant next = turn.plus(Duration.ofMinutes(15));
        assertThat(leases.acquire(JobLeases.FEED_POLL, "b", next, HOLD))
                .as("a's lease ran out (say it died): b takes the next turn")
                .isTrue();
        assertThat(leases.acquire(JobLeases.FEED_POLL, "a", next.plusSeconds(5), HOLD))
                .isFalse();
        assertThat(leases.acquire("no-such-job", "a", next, HOLD))
                .as("a job without a row is never taken")
                .isFalse();
    }
}
