package org.factdesk.service.intake;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import java.util.logging.Logger;
import org.factdesk.model.account.Role;
import org.factdesk.model.claim.Claim;
import org.factdesk.service.account.AccountService;
import org.hibernate.search.mapper.orm.Search;

/**
 * The claim search index. Hibernate Search keeps it current on every commit; this rebuilds it from the
 * database — after a restore, a backend change or a lost index directory — with the mass indexer.
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

    /** What a rebuild did. */
    public record Rebuilt(long claims, long millis) {
    }

    /** Rebuilds the index from the database. Administrators only. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Rebuilt rebuild() {
        accounts.requireRole(Role.ADMIN);
        return reindex();
    }

    /**
     * Rebuilds without a role check, for the application itself: runs outside a transaction because the mass
     * indexer opens its own, one per batch, on its own threads.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Rebuilt reindex() {
        long started = System.currentTimeMillis();
        try {
            Search.mapping(emf).scope(Claim.class).massIndexer()
                    .threadsToLoadObjects(1)
                    .batchSizeToLoadObjects(50)
                    .startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Index rebuild interrupted", e);
        }
        long claims = indexedClaims();
        long millis = System.currentTimeMillis() - started;
        LOG.info(() -> "Claim search index rebuilt: " + claims + " claims in " + millis + " ms");
        return new Rebuilt(claims, millis);
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long indexedClaims() {
        return Search.session(em).search(Claim.class).where(f -> f.matchAll()).fetchTotalHitCount();
    }

    public long storedClaims() {
        return em.createNamedQuery(Claim.COUNT_ALL, Long.class).getSingleResult();
    }
}
