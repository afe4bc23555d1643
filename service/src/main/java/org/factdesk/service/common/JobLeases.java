package org.factdesk.service.common;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Leases on work that must happen once however many servers run Factdesk: every server's timer fires, and the one
 * whose update of the job's row ({@code job_lease}, one row per job, made by a migration) succeeds does the work.
 * The database decides, so nothing else need be shared; a server that dies holds its lease only until it runs
 * out, and the next turn goes to a survivor.
 */
@Stateless
public class JobLeases {

    /** The feed poll: once per interval across all servers. */
    public static final String FEED_POLL = "feed-poll";

    /** Building a missing shared index (servers coordinating through the outbox): once, by the first to start. */
    public static final String SEARCH_BUILD = "search-build";

    /** Embedding a batch of older claims and fact-checks ({@code EmbeddingFiller}): one server per turn. */
    public static final String EMBEDDING_FILL = "embedding-fill";

    /** This server process: its node name (distinct in a cluster) and an id of this start. */
    public static final String HOLDER = System.getProperty("jboss.node.name", "factdesk") + "/" + UUID.randomUUID();

    @PersistenceContext
    EntityManager em;

    /** Takes {@code job} for {@code hold} from now if it is free, ran out, or already this server's. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean acquire(String job, Duration hold) {
        return acquire(job, HOLDER, Instant.now(), hold);
    }

    /**
     * The same for a given holder at a given moment. One update, so two servers asking at once are serialised by
     * the row's lock, and the second finds the lease taken.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean acquire(String job, String holder, Instant now, Duration hold) {
        int taken = NativeUpdates.of(
                        em,
                        "job_lease",
                        "update job_lease set holder = ?1, held_until = ?2 where name = ?3"
                                + " and (held_until is null or held_until <= ?4 or holder = ?1)")
                .setParameter(1, holder)
                .setParameter(2, now.plus(hold))
                .setParameter(3, job)
                .setParameter(4, now)
                .executeUpdate();
        return taken == 1;
    }

    /** Gives {@code job} back if {@code holder} holds it, so the next server to ask may take it at once. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void release(String job, String holder) {
        NativeUpdates.of(
                        em,
                        "job_lease",
                        "update job_lease set holder = null, held_until = null where name = ?1 and holder = ?2")
                .setParameter(1, job)
                .setParameter(2, holder)
                .executeUpdate();
    }
}
