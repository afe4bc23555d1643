package org.factdesk.service.intake;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.factdesk.service.common.JobLeases;

/**
 * Polls every active feed every {@value #EVERY_MINUTES} minutes (or every {@value #INTERVAL_PROPERTY} seconds, a
 * divisor of a minute or a whole number of minutes, for the cluster scenario), at the same moments of the clock
 * on every server. Each feed imports in its own transaction, so
 * one unreachable feed does not hold back the others. Not persistent: a poll missed while the server was down
 * is simply the next poll's work. With several servers, each one's timer fires and only the one that takes the
 * poll's lease polls ({@link JobLeases}); it holds it for a little less than the interval, so the next turn is
 * free again, for a survivor too.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FeedPoller {

    static final int EVERY_MINUTES = 15;
    static final String INTERVAL_PROPERTY = "factdesk.feeds.poll-seconds";
    private static final Logger LOG = Logger.getLogger(FeedPoller.class.getName());

    @Resource
    TimerService timers;

    /** Shorter than the interval by a margin for timers that fire a little late. */
    private Duration hold;

    @Inject
    FeedImporter importer;

    @Inject
    JobLeases leases;

    @PostConstruct
    void schedule() {
        int seconds = interval(System.getProperty(INTERVAL_PROPERTY));
        hold = hold(seconds);
        ScheduleExpression when = seconds < 60
                ? new ScheduleExpression().hour("*").minute("*").second("*/" + seconds)
                : new ScheduleExpression().hour("*").minute("*/" + seconds / 60);
        timers.createCalendarTimer(when, new TimerConfig("feed poll", false));
    }

    /** The interval in seconds: 15 minutes unless set; a value the clock cannot repeat evenly stops the start. */
    static int interval(String value) {
        if (value == null || value.isBlank()) {
            return EVERY_MINUTES * 60;
        }
        int seconds = Integer.parseInt(value.strip());
        boolean even =
                seconds > 0 && (seconds < 60 ? 60 % seconds == 0 : seconds % 60 == 0 && 60 % (seconds / 60) == 0);
        if (!even) {
            throw new IllegalStateException(INTERVAL_PROPERTY + "=" + value
                    + ": give a divisor of 60 seconds or of 60 minutes (in seconds), e.g. 20 or 900");
        }
        return seconds;
    }

    /** A tenth of the interval (at most 30 s) short of it, for timers that fire a little late. */
    static Duration hold(int seconds) {
        return Duration.ofSeconds(seconds).minusMillis(Math.min(30_000, seconds * 100L));
    }

    @Timeout
    void poll() {
        if (!leases.acquire(JobLeases.FEED_POLL, hold)) {
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
