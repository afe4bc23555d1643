package org.factdesk.service.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.concurrent.TimeUnit;
import org.factdesk.model.search.IndexWrites;
import org.hibernate.search.mapper.orm.Search;

/**
 * Queues show every acknowledged save, while saves themselves never wait for a new index reader. Readers renew
 * on their own at most every {@code io.refresh_interval}; the duplicate check made while saving a new claim uses
 * the reader there is. A queue, a count, a text export or similar claims a person asks for ask here first: if a
 * save has reached the index writer since the reader was renewed, a new reader is opened — once for everybody
 * waiting, not once per search. So reads pay for freshness only when something changed, and twenty editors
 * saving at once no longer each force a new reader (Hibernate Search's "read-sync" did, flushing a one-document
 * segment and queueing every search behind the reader lock).
 */
@ApplicationScoped
public class SearchFreshness {

    /** The persistence unit's setting: readers renew at most this often on their own. */
    private static final String REFRESH_INTERVAL = "hibernate.search.backend.io.refresh_interval";

    private static final long DEFAULT_REFRESH_MILLIS = 500;

    @PersistenceUnit(unitName = "factdesk")
    EntityManagerFactory emf;

    private volatile long refreshedAt = Long.MIN_VALUE;
    private volatile long refreshNanos = -1;

    /** Before a search whose user expects every acknowledged save: makes sure the reader has them. */
    public void seeEverySave() {
        long applied = IndexWrites.lastApplied();
        if (applied == Long.MIN_VALUE || applied < refreshedAt) {
            return;
        }
        if (System.nanoTime() - applied > 2 * refreshNanos()) {
            // a reader renews itself once its interval is over, so every reader in use has this save; twice the
            // interval leaves room for the engine's coarse clock
            return;
        }
        refresh(applied);
    }

    private synchronized void refresh(long applied) {
        if (applied < refreshedAt) {
            return; // another search renewed the reader while this one waited
        }
        long started = System.nanoTime();
        // every index: claims, and the imported fact-checks searched beside them
        Search.mapping(emf).scope(Object.class).workspace().refresh();
        refreshedAt = started;
    }

    private long refreshNanos() {
        long nanos = refreshNanos;
        if (nanos < 0) {
            Object configured = emf.getProperties().get(REFRESH_INTERVAL);
            long millis = configured == null
                    ? DEFAULT_REFRESH_MILLIS
                    : Long.parseLong(configured.toString().strip());
            nanos = TimeUnit.MILLISECONDS.toNanos(millis);
            refreshNanos = nanos;
        }
        return nanos;
    }
}
