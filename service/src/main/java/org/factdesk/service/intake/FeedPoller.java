package org.factdesk.service.intake;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Polls every active feed every {@value #EVERY_MINUTES} minutes. Each feed imports in its own transaction, so
 * one unreachable feed does not hold back the others. Not persistent: a poll missed while the server was down
 * is simply the next poll's work.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FeedPoller {

    static final int EVERY_MINUTES = 15;
    private static final Logger LOG = Logger.getLogger(FeedPoller.class.getName());

    @Inject
    FeedImporter importer;

    @Schedule(minute = "*/" + EVERY_MINUTES, hour = "*", persistent = false, info = "feed poll")
    void poll() {
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
