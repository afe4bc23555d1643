package org.factdesk.model.search;

import java.util.concurrent.CompletableFuture;
import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategyConfigurationContext;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;
import org.hibernate.search.util.common.SearchException;

/**
 * The indexing plan synchronization of the persistence unit: a save returns once its changes are in the index
 * writer (so nothing acknowledged is missing from the index that a reader opens next), but does not force a new
 * index reader for everybody. Hibernate Search's own "read-sync" forces that refresh on every save; under twenty
 * editors saving at once every search then opened a new reader, flushing a one-document segment each time, and
 * queued behind the others for the reader lock (a claim took one to two seconds to create). Readers are now
 * renewed on their own at most every {@code hibernate.search.backend.io.refresh_interval}; {@code SearchFreshness}
 * in the service opens a new one before a queue when a save has reached the index since, from the time recorded
 * here (on the saving thread, before the save returns, so no later request can overtake it).
 */
public class IndexedBeforeReturn implements IndexingPlanSynchronizationStrategy {

    @Override
    public void apply(IndexingPlanSynchronizationStrategyConfigurationContext context) {
        context.documentCommitStrategy(DocumentCommitStrategy.NONE);
        context.documentRefreshStrategy(DocumentRefreshStrategy.NONE);
        context.indexingFutureHandler(IndexedBeforeReturn::await);
    }

    private static void await(CompletableFuture<? extends SearchIndexingPlanExecutionReport> future) {
        SearchIndexingPlanExecutionReport report = future.join();
        if (report.throwable().isPresent()) {
            Throwable failure = report.throwable().get();
            throw new SearchException(
                    "Indexing failed for " + report.failingEntities() + ": " + failure.getMessage(), failure);
        }
        IndexWrites.applied();
    }
}
