package org.factdesk.service.intake;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * On start, rebuilds the claim index when it does not hold as many claims as the database — a new index
 * directory, a restored or freshly seeded database — so similar-claim suggestions never silently miss old
 * claims. A failure is logged, not fatal: the application works without suggestions until an admin rebuilds.
 */
@Singleton
@Startup
@DependsOn("DemoNewsroom")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndexCheck {

    private static final Logger LOG = Logger.getLogger(SearchIndexCheck.class.getName());

    @Inject
    SearchIndex index;

    @PostConstruct
    void check() {
        try {
            long stored = index.storedClaims();
            long indexed = index.indexedClaims();
            if (stored != indexed) {
                LOG.info(() -> "Claim index holds " + indexed + " of " + stored + " claims: rebuilding");
                index.reindex();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not check the claim search index; an admin can rebuild it", e);
        }
    }
}
