package org.factdesk.service.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.factdesk.model.claim.ClaimStatus;
import org.factdesk.service.queue.ClaimQueue;
import org.factdesk.service.search.SearchIndexState;

/**
 * The newsroom in numbers, for Prometheus: claims by status, open and overdue claims per desk, how long queue
 * pages and similar-claim searches take, intake articles and feed errors, failed logins.
 *
 * <p>Counts come from the search index at most every 30 seconds, on a timer; while the index is rebuilt they keep
 * their last figures (a server with none yet counts once in the database); a scrape reads the last snapshot and
 * never runs a query — so a Prometheus scraping every few seconds
 * costs nothing, whatever the number of claims. (Counting the open claims per desk in H2 took over a second of
 * CPU at a million claims, every 30 seconds, and showed in the slowest saves of everyone working then.)
 * Without a Micrometer registry (a server without the micrometer subsystem) every method is a no-op and
 * Factdesk runs unmeasured.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigrator", "DemoNewsroom"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class NewsroomMetrics {

    static final String PREFIX = "factdesk_";
    private static final Logger LOG = Logger.getLogger(NewsroomMetrics.class.getName());

    @Inject
    Instance<MeterRegistry> registries;

    @Inject
    ClaimQueue queue;

    @Inject
    SearchIndexState index;

    private MeterRegistry registry;
    private volatile Map<ClaimStatus, Long> byStatus = Map.of();
    private volatile Map<String, long[]> byDesk = Map.of();
    private final Set<String> desksWithGauges = ConcurrentHashMap.newKeySet();
    private volatile boolean lastRefreshFailed;

    private Timer queuePages;
    private Timer searches;
    private Counter articles;
    private Counter feedErrors;
    private Counter failedLogins;

    @PostConstruct
    void register() {
        if (!registries.isResolvable()) {
            LOG.info("No Micrometer registry on this server: Factdesk metrics are off (the deploy bundle's CLI "
                    + "script adds WildFly's micrometer subsystem)");
            return;
        }
        registerIn(registries.get());
    }

    /** Registers the gauges, timers and counters in {@code registry}, and takes the first counts. */
    void registerIn(MeterRegistry registry) {
        this.registry = registry;
        // The registry's convenience methods, not the meter builders: WildFly 39's per-deployment registry
        // forwards only these to the registry that Prometheus scrapes (builder registrations stay invisible).
        for (ClaimStatus status : ClaimStatus.values()) {
            registry.gauge(
                    PREFIX + "claims",
                    Tags.of("status", status.name()),
                    this,
                    m -> m.byStatus.getOrDefault(status, 0L));
        }
        queuePages = registry.timer(PREFIX + "queue_page");
        searches = registry.timer(PREFIX + "similar_search");
        articles = registry.counter(PREFIX + "intake_articles");
        feedErrors = registry.counter(PREFIX + "intake_feed_errors");
        failedLogins = registry.counter(PREFIX + "logins_failed");
        refresh();
    }

    /** Re-reads the counts; the gauges show these figures until the next run. */
    @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false)
    public void refresh() {
        if (registry == null) {
            return;
        }
        if (!index.isReady() && !byStatus.isEmpty()) {
            // the database would answer: every claim counted by status, and the open ones by desk, every 30
            // seconds, beside the rebuild that reads them all too (at a million claims on H2, about a second of CPU
            // each time; 3 % of a profiled generator
            // run's CPU samples)
            return;
        }
        try {
            byStatus = Map.copyOf(queue.countAllByStatus());
            Map<String, long[]> desks = queue.openAndOverdueByDesk();
            byDesk = Map.copyOf(desks);
            desks.keySet().stream().filter(desksWithGauges::add).forEach(this::registerDesk);
            lastRefreshFailed = false;
        } catch (RuntimeException e) {
            if (!lastRefreshFailed) {
                LOG.log(Level.WARNING, "Could not count claims for the metrics; showing the last figures: " + e);
            }
            lastRefreshFailed = true;
        }
    }

    private void registerDesk(String desk) {
        registry.gauge(PREFIX + "desk_claims_open", Tags.of("desk", desk), this, m -> m.desk(desk)[0]);
        registry.gauge(PREFIX + "desk_claims_overdue", Tags.of("desk", desk), this, m -> m.desk(desk)[1]);
    }

    private long[] desk(String code) {
        return byDesk.getOrDefault(code, new long[2]);
    }

    public void queuePage(long nanos) {
        if (queuePages != null) {
            queuePages.record(Duration.ofNanos(nanos));
        }
    }

    public void similarSearch(long nanos) {
        if (searches != null) {
            searches.record(Duration.ofNanos(nanos));
        }
    }

    public void articlesTakenIn(int count) {
        if (articles != null) {
            articles.increment(count);
        }
    }

    public void feedError() {
        if (feedErrors != null) {
            feedErrors.increment();
        }
    }

    public void loginFailed() {
        if (failedLogins != null) {
            failedLogins.increment();
        }
    }
}
