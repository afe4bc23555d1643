package org.factdesk.service.intake;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.factdesk.service.common.JobLeases;

/**
 * Polls every active feed every {@value #EVERY_MINUTES} minutes. Each feed imports in its own transaction, so
 * one unreachable feed does not hold back the others. Not persistent: a poll missed while the server was down
 * is simply the next poll's work. With several servers, each one's timer fires and only the one that takes the
 * poll's lease polls ({@link JobLeases}); it holds it for a little less than the interval, so the next turn is
 * free again, for a survivor too.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FeedPoller {

    static final int EVERY_MINUTES = 15;
    private static final Logger LOG = Logger.getLogger(FeedPoller.class.getName());

    /** Shorter than the interval by a margin for timers that fire a little late. */
    static final Duration HOLD = Duration.ofMinutes(EVERY_MINUTES).minusSeconds(30);

    @Inject
    FeedImporter importer;

    @Inject
    JobLeases leases;

    @Schedule(minute = "*/" + EVERY_MINUTES, hour = "*", persistent = false, info = "feed poll")
    void poll() {
        if (!leases.acquire(JobLeases.FEED_POLL, HOLD)) {
            LOG.fine("Feed poll: another server holds this turn");
            return;
        }
        for (Long id : importer.activeFeedIds()) {
            try {
                FeedImport result = importer.importFeed(id);
                if (result.imported() > 0) {
                    LOG.info(() -> "Feed " + id + " (" + result.title() + "): " + result.imported() + " new items");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Feed " + id + " could not be polled: " + e.getMessage());
            }
        }
    }
}
