package org.factdesk.service.live;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.factdesk.model.search.SearchBackend;
import org.factdesk.service.account.NotificationCreated;
import org.factdesk.service.claim.ClaimChanged;
import org.factdesk.service.common.JobLeases;
import org.factdesk.service.common.NativeUpdates;

/**
 * Live updates across servers, through the database they share: when several servers run Factdesk (they
 * coordinate their indexing, {@link SearchBackend#coordinated()}), every claim change and new notification also
 * writes a {@code live_signal} row in the transaction that made it, so a rolled-back change leaves none; each
 * server then {@link #since reads} the rows other servers wrote and pushes them to its own pages. One server
 * alone writes nothing: its own pages hear of its changes directly.
 */
@Stateless
public class LiveSignals {

    /** How long a signal is kept: a server that cannot read for longer has pages that reload anyway. */
    static final Duration KEPT = Duration.ofMinutes(10);

    /** One signal: a claim changed ({@code recipient} null), or a notification for {@code recipient}. */
    public record Signal(long id, long claimId, String recipient, String changedBy, String what) {}

    @PersistenceContext
    EntityManager em;

    private static final boolean SEVERAL_SERVERS = SearchBackend.coordinated();

    public void claimChanged(@Observes ClaimChanged change) {
        if (SEVERAL_SERVERS) {
            write(change.claimId(), null, change.changedBy(), change.what());
        }
    }

    public void notificationCreated(@Observes NotificationCreated created) {
        if (SEVERAL_SERVERS) {
            write(created.claimId(), created.recipient(), null, null);
        }
    }

    private void write(long claimId, String recipient, String changedBy, String what) {
        NativeUpdates.of(
                        em,
                        "live_signal",
                        "insert into live_signal (node, claim_id, recipient, changed_by, what, created_at)"
                                + " values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, JobLeases.HOLDER)
                .setParameter(2, claimId)
                .setParameter(3, recipient)
                .setParameter(4, changedBy)
                .setParameter(5, what)
                .setParameter(6, Timestamp.from(Instant.now()))
                .executeUpdate();
    }

    /** Whether this server shares its database with others, and so reads their signals. */
    public boolean severalServers() {
        return SEVERAL_SERVERS;
    }

    /**
     * Signals other servers wrote from {@code from} on, oldest first, at most {@code limit}. By time, not by id:
     * ids are handed out when a row is written, not when it commits, so a reader that went by the highest id seen
     * would skip a signal whose transaction committed after a later one's. The caller skips those it has pushed.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Signal> since(Instant from, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, claim_id, recipient, changed_by, what from live_signal"
                        + " where created_at >= ?1 and node <> ?2 order by id")
                .setParameter(1, Timestamp.from(from))
                .setParameter(2, JobLeases.HOLDER)
                .setMaxResults(limit)
                .getResultList();
        return rows.stream()
                .map(r -> new Signal(
                        ((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2], (String) r[3], (String)
                                r[4]))
                .toList();
    }

    /** Deletes signals older than {@link #KEPT}; any server may, and two at once delete nothing twice. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int forgetOld() {
        return NativeUpdates.of(em, "live_signal", "delete from live_signal where created_at < ?1")
                .setParameter(1, Timestamp.from(Instant.now().minus(KEPT)))
                .executeUpdate();
    }
}
