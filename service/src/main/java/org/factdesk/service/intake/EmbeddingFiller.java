package org.factdesk.service.intake;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.factdesk.service.common.JobLeases;
import org.factdesk.service.load.SuspendedIndexes;

/**
 * Embeds, in the background, the claims and imported fact-checks that have no vector yet: those from before
 * embeddings, those generated in bulk, those saved while the model was not loaded. New and edited claims are
 * embedded as they are saved; this catches up with the rest, {@value #BATCH} of each kind per turn (about a second
 * of one core), newest first, so what editors see most is matched by meaning first. One server per turn ({@link
 * JobLeases}). When a pass finds nothing left it rests for an hour before looking again.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EmbeddingFiller {

    static final String INTERVAL_PROPERTY = "factdesk.embeddings.fill-seconds";
    static final int DEFAULT_SECONDS = 20;
    static final int BATCH = 128;
    private static final int FIRST_TURN_SECONDS = 3;
    private static final Duration REST = Duration.ofHours(1);
    private static final Logger LOG = Logger.getLogger(EmbeddingFiller.class.getName());

    @Resource
    TimerService timers;

    @Inject
    JobLeases leases;

    @Inject
    EmbeddingFill fill;

    @Inject
    SentenceEmbeddings encoder;

    private int seconds;
    private long claimsBelow = Long.MAX_VALUE;
    private long factChecksBelow = Long.MAX_VALUE;
    private Instant restUntil = Instant.MIN;

    @PostConstruct
    void schedule() {
        String value = System.getProperty(INTERVAL_PROPERTY);
        seconds = value == null || value.isBlank() ? DEFAULT_SECONDS : Integer.parseInt(value.strip());
        if (seconds <= 0) {
            return; // switched off
        }
        // the first turn soon after start (the model loads in a second or two), so a new server's claims — the demo
        // newsroom's, or those saved before an upgrade — are matched by meaning within seconds, not a turn later
        long first = Math.min(seconds, FIRST_TURN_SECONDS) * 1000L;
        timers.createIntervalTimer(first, seconds * 1000L, new TimerConfig("embedding fill", false));
    }

    @Timeout
    void turn() {
        if (Instant.now().isBefore(restUntil) || !encoder.available()) {
            return;
        }
        if (SuspendedIndexes.active()) {
            // a claim generation is writing the tables and building their indexes (H2 locks a table meanwhile):
            // this turn would only wait for the lock and fail; the first turn after it catches up
            return;
        }
        if (!leases.acquire(
                JobLeases.EMBEDDING_FILL, Duration.ofSeconds(seconds).multipliedBy(3))) {
            return;
        }
        try {
            long claims = claimsBelow <= 0 ? 0 : fill.claims(claimsBelow, BATCH);
            long factChecks = factChecksBelow <= 0 ? 0 : fill.factChecks(factChecksBelow, BATCH);
            claimsBelow = claims;
            factChecksBelow = factChecks;
            if (claims <= 0 && factChecks <= 0) {
                claimsBelow = Long.MAX_VALUE;
                factChecksBelow = Long.MAX_VALUE;
                restUntil = Instant.now().plus(REST);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Embedding older claims failed this turn; the next turn tries again", e);
        } finally {
            leases.release(JobLeases.EMBEDDING_FILL, JobLeases.HOLDER);
        }
    }
}
