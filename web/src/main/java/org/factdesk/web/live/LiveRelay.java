package org.factdesk.web.live;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.factdesk.service.live.LiveSignals;

/**
 * Brings other servers' changes to this server's pages: once a second, reads the signals the other servers left
 * in the database ({@link LiveSignals}) and pushes each once, as {@link LivePush} does this server's own. With one
 * server it reads nothing. A signal reaches a page on another server within about a second.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class LiveRelay {

    private static final Logger LOG = Logger.getLogger(LiveRelay.class.getName());
    /** How far back each read looks: longer than any transaction that writes a signal takes to commit. */
    private static final Duration LOOK_BACK = Duration.ofSeconds(30);

    private static final int AT_MOST = 500;

    @Inject
    LiveSignals signals;

    @Inject
    LivePush push;

    /** Signals pushed within the look-back, by id, with when they were pushed; only the timer thread uses it. */
    private final Map<Long, Instant> pushed = new HashMap<>();

    private Instant started;

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false, info = "live relay")
    void relay() {
        if (!signals.severalServers()) {
            return;
        }
        Instant now = Instant.now();
        if (started == null) {
            started = now; // what happened before this server started, its pages loaded fresh
        }
        try {
            Instant from = started.isAfter(now.minus(LOOK_BACK)) ? started : now.minus(LOOK_BACK);
            for (LiveSignals.Signal signal : signals.since(from, AT_MOST)) {
                if (pushed.putIfAbsent(signal.id(), now) == null) {
                    if (signal.recipient() == null) {
                        push.claimChanged(signal.claimId(), signal.changedBy(), signal.what());
                    } else {
                        push.notification(signal.recipient(), signal.claimId());
                    }
                }
            }
            pushed.values().removeIf(at -> at.isBefore(now.minus(LOOK_BACK.multipliedBy(2))));
            if (now.getEpochSecond() % 60 == 0) {
                signals.forgetOld();
            }
        } catch (RuntimeException e) {
            // the database is away for a moment: pages miss a refresh, the next turn reads again
            LOG.log(Level.WARNING, "Reading other servers' live signals failed", e);
        }
    }
}
