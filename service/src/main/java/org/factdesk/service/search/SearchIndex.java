package org.factdesk.service.search;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.factdesk.model.account.Role;
import org.factdesk.model.claim.Claim;
import org.factdesk.model.claim.ClaimStatus;
import org.factdesk.model.embedding.ClaimEmbedding;
import org.factdesk.model.embedding.FactCheckEmbedding;
import org.factdesk.model.publishing.ExternalFactCheck;
import org.factdesk.service.account.AccountService;
import org.factdesk.service.desk.DeskService;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;

/**
 * The claim search index. Hibernate Search keeps it current on every commit; this rebuilds it from the
 * database — after a restore, a backend change, a new search mapping, generated load or a lost index
 * directory — with the mass indexer, always in the background: nothing waits for a rebuild, and queues are
 * answered by the database until it is done (see {@link SearchIndexState}).
 */
@Stateless
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

    @PersistenceUnit
    EntityManagerFactory emf;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    SearchIndexState state;

    /** Starts a rebuild from the database, unless one is running. Administrators only. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SearchIndexState.Progress rebuild() {
        accounts.requireRole(Role.ADMIN);
        startRebuild();
        return state.progress();
    }

    /**
     * Where the index stands, after waiting at most {@code wait} for a running rebuild to end — so a script
     * (or a test) can follow a rebuild with one request instead of polling. Administrators only, because it
     * names how many claims there are.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SearchIndexState.Progress progress(Duration wait) {
        accounts.requireRole(Role.ADMIN);
        if (!wait.isZero()) {
            state.awaitRebuild(wait);
        }
        return state.progress();
    }

    /**
     * Starts the mass indexer on its own threads and returns at once; the state turns READY when it is done.
     * Runs outside a transaction because the mass indexer opens its own, one per batch.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void startRebuild() {
        if (!state.startRebuild()) {
            return;
        }
        checkSideIndexes();
        long started = System.currentTimeMillis();
        LOG.info("Claim search index: rebuild started in the background; queues use the database meanwhile");
        try {
            Search.mapping(emf)
                    .scope(Claim.class)
                    .massIndexer()
                    // a new index, not an emptied one: Lucene keeps an emptied index's field structure, and a
                    // release whose mapping indexes a field differently (a sort key made searchable) cannot write to it
                    .dropAndCreateSchemaOnStart(true)
                    .threadsToLoadObjects(2)
                    .batchSizeToLoadObjects(200)
                    .idFetchSize(5_000)
                    .monitor(state.monitor())
                    .start()
                    .whenComplete((ignored, failure) -> {
                        if (failure == null) {
                            state.ready();
                            LOG.info(() -> "Claim search index rebuilt: "
                                    + state.progress().done() + " claims in " + (System.currentTimeMillis() - started)
                                    + " ms");
                        } else {
                            state.failed(failure.getClass().getSimpleName());
                            LOG.log(
                                    Level.SEVERE,
                                    "Claim search index rebuild failed; an admin can start another",
                                    failure);
                        }
                    });
        } catch (RuntimeException e) {
            state.failed(e.getClass().getSimpleName());
            throw e;
        }
    }

    /**
     * A desk was renamed: its claims carry the desk name in the index (queues sort by it), so they are indexed
     * again in the background. Observed after the commit, so the indexer reads the new name.
     */
    public void onDeskRenamed(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeskService.DeskRenamed renamed) {
        MassIndexer indexer = Search.mapping(emf)
                .scope(Claim.class)
                .massIndexer()
                .purgeAllOnStart(false)
                .dropAndCreateSchemaOnStart(false)
                .mergeSegmentsOnFinish(false);
        indexer.type(Claim.class).reindexOnly("e.desk.id = :desk").param("desk", renamed.deskId());
        indexer.start().whenComplete((ignored, failure) -> {
            if (failure != null) {
                LOG.log(Level.WARNING, "Re-indexing the claims of a renamed desk failed; rebuild the index", failure);
            }
        });
    }

    /**
     * Checks that the indexes beside the claims' hold every row they index — imported fact-checks and the sentence
     * embeddings of claims and fact-checks — (a lost or new index directory does not) and re-indexes, in the
     * background, each that falls short. Until it ends, "already checked by …" and search by meaning find fewer
     * texts; the claim queues are not affected.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void checkSideIndexes() {
        for (Class<?> type : List.of(ExternalFactCheck.class, ClaimEmbedding.class, FactCheckEmbedding.class)) {
            long stored = em.createQuery("select count(e) from " + type.getSimpleName() + " e", Long.class)
                    .getSingleResult();
            long indexed =
                    Search.session(em).search(type).where(f -> f.matchAll()).fetchTotalHitCount();
            if (stored != indexed) {
                LOG.info(() ->
                        "Index of " + type.getSimpleName() + " holds " + indexed + " of " + stored + ": rebuilding");
                rebuild(type);
            }
        }
    }

    private void rebuild(Class<?> type) {
        Search.mapping(emf)
                .scope(type)
                .massIndexer()
                .dropAndCreateSchemaOnStart(true)
                .threadsToLoadObjects(1)
                .start()
                .whenComplete((ignored, failure) -> {
                    if (failure != null) {
                        LOG.log(Level.SEVERE, "Rebuilding the index of " + type.getSimpleName() + " failed", failure);
                    }
                });
    }

    /** How many claims the index holds with the current search mapping. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long indexedClaims() {
        return Search.session(em)
                .search(Claim.class)
                .where(f -> f.match().field("searchMappingVersion").matching(Claim.SEARCH_MAPPING_VERSION))
                .fetchTotalHitCount();
    }

    public long storedClaims() {
        return em.createNamedQuery(Claim.COUNT_ALL, Long.class).getSingleResult();
    }

    /**
     * The latest change to any claim in the database: the latest of each status's latest, each the first row of
     * one index (status, modified_at desc). An index of every claim's last change alone would answer it in one
     * read, but cost every save one more index write for a question asked once a start.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Instant latestStoredChange() {
        Instant latest = null;
        for (ClaimStatus status : ClaimStatus.values()) {
            for (Instant changed : em.createNamedQuery(Claim.LATEST_MODIFICATION_IN_STATUS, Instant.class)
                    .setParameter("status", status)
                    .setMaxResults(1)
                    .getResultList()) {
                if (latest == null || changed.isAfter(latest)) {
                    latest = changed;
                }
            }
        }
        return latest;
    }

    /**
     * Whether the index holds every claim as the database has it: the same number of claims with the current
     * mapping, and the same latest change — a change the index lost in a crash leaves it behind.
     * {@code stored} is the database's count, which the caller has already read.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean isCurrent(long stored) {
        if (stored != indexedClaims()) {
            return false;
        }
        if (stored == 0) {
            return true;
        }
        Instant latestStored = latestStoredChange();
        List<Instant> latestIndexed = Search.session(em)
                .search(Claim.class)
                .select(f -> f.field("modifiedAt", Instant.class))
                .where(f -> f.matchAll())
                .sort(f -> f.field("modifiedAt").desc())
                .fetchHits(1);
        return !latestIndexed.isEmpty()
                && latestStored != null
                && latestIndexed
                        .get(0)
                        .truncatedTo(ChronoUnit.MILLIS)
                        .equals(latestStored.truncatedTo(ChronoUnit.MILLIS));
    }
}
