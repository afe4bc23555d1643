package org.factdesk.service.search;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.factdesk.model.search.SearchBackend;
import org.factdesk.service.common.JobLeases;

/**
 * On start, checks that the claim index holds every claim with the current search mapping — a new index
 * directory, a restored or freshly seeded database, a release that indexes new fields all fail that check —
 * and if not, starts a rebuild in the background. Start-up does not wait for a large one: the server serves at
 * once, with queues answered by the database until the index is complete.
 *
 * <p>Servers that share one index on the engine (outbox-polling coordination) never rebuild it at start: a server
 * restarting after a crash finds the index behind by the changes other servers' agents are still indexing, and a
 * rebuild would empty the index under them. The first server to find it missing builds it, once (a lease); after a
 * release that changes the search mapping, an administrator rebuilds it (OPERATIONS.md, "More than one server").
 */
@Singleton
@Startup
@DependsOn("DemoNewsroom")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndexCheck {

    private static final Logger LOG = Logger.getLogger(SearchIndexCheck.class.getName());
    /** A small newsroom's index is rebuilt in a second or two; start-up waits for that rather than serve without. */
    private static final long WAIT_FOR_AT_MOST = 20_000;

    @Inject
    SearchIndex index;

    @Inject
    SearchIndexState state;

    @Inject
    JobLeases leases;

    @PostConstruct
    void check() {
        if (SearchBackend.coordinated()) {
            checkShared();
            return;
        }
        try {
            long stored = index.storedClaims();
            if (index.isCurrent(stored)) {
                state.ready();
                LOG.info(() -> "Claim search index is current: " + stored + " claims");
                // a claim rebuild rebuilds the imported fact-checks too
                index.checkSideIndexes();
            } else {
                LOG.info(() -> "Claim search index is behind the database (" + stored + " claims stored): rebuilding");
                index.startRebuild();
                if (stored <= WAIT_FOR_AT_MOST) {
                    state.awaitRebuild(Duration.ofMinutes(1));
                }
            }
        } catch (RuntimeException e) {
            state.failed(e.getClass().getSimpleName());
            LOG.log(Level.WARNING, "Could not check the claim search index; an admin can rebuild it", e);
        }
    }

    private void checkShared() {
        try {
            long indexed = index.indexedClaims();
            long stored = index.storedClaims();
            if (indexed == 0 && stored > 0 && leases.acquire(JobLeases.SEARCH_BUILD, Duration.ofHours(1))) {
                LOG.info(() -> "Shared claim search index is empty (" + stored + " claims stored): building it");
                index.startRebuild();
            } else {
                state.ready();
                LOG.info(() -> "Shared claim search index: " + indexed + " of " + stored
                        + " claims indexed; the servers' outbox agents index the rest");
            }
        } catch (RuntimeException e) {
            state.failed(e.getClass().getSimpleName());
            LOG.log(Level.WARNING, "Could not check the shared claim search index; an admin can rebuild it", e);
        }
    }
}
