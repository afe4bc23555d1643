package org.factdesk.service.search;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;

/**
 * Whether the claim index can answer queues right now. While a rebuild runs the index is incomplete, so queues
 * are answered by the database instead and text search says that it is rebuilding (with its progress); the
 * state is one per server and read on every queue request, so it is lock-free.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SearchIndexState {

    /** What the index is doing. */
    public enum Phase {
        /** Start-up has not checked the index yet. */
        UNCHECKED,
        READY,
        REBUILDING,
        /** The last rebuild failed; an admin can start another. */
        FAILED
    }

    /** A snapshot for pages and replies: {@code done} of {@code total} claims indexed so far. */
    public record Progress(Phase phase, long done, long total, Instant startedAt, Instant finishedAt, String failure) {

        public int percent() {
            return total <= 0 ? (phase == Phase.READY ? 100 : 0) : (int) Math.min(100, done * 100 / total);
        }
    }

    private volatile Phase phase = Phase.UNCHECKED;
    private volatile Instant startedAt;
    private volatile Instant finishedAt;
    private volatile String failure;
    private volatile CompletableFuture<Void> finished = CompletableFuture.completedFuture(null);
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong total = new AtomicLong();

    public boolean isReady() {
        return phase == Phase.READY;
    }

    public Progress progress() {
        return new Progress(phase, done.get(), total.get(), startedAt, finishedAt, failure);
    }

    public void ready() {
        phase = Phase.READY;
        finishedAt = Instant.now();
        failure = null;
        finished.complete(null);
    }

    /** Waits until the running rebuild (if any) has ended, at most {@code timeout}; true if it has. */
    public boolean awaitRebuild(Duration timeout) {
        try {
            finished.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Marks a rebuild as started; false if one is already running (it is not started twice). */
    public synchronized boolean startRebuild() {
        if (phase == Phase.REBUILDING) {
            return false;
        }
        phase = Phase.REBUILDING;
        finished = new CompletableFuture<>();
        startedAt = Instant.now();
        finishedAt = null;
        failure = null;
        done.set(0);
        total.set(0);
        return true;
    }

    public void failed(String reason) {
        phase = Phase.FAILED;
        finishedAt = Instant.now();
        failure = reason;
        finished.complete(null);
    }

    /** Feeds the progress from Hibernate Search's mass indexer. */
    public MassIndexingMonitor monitor() {
        return new MassIndexingMonitor() {
            @Override
            public void documentsAdded(long increment) {
                done.addAndGet(increment);
            }

            @Override
            public void documentsBuilt(long increment) {}

            @Override
            public void entitiesLoaded(long increment) {}

            @Override
            public void addToTotalCount(long increment) {
                total.addAndGet(increment);
            }

            @Override
            public void indexingCompleted() {}
        };
    }
}
