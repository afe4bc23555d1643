package org.factdesk.bench;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import org.factdesk.model.account.Role;
import org.factdesk.model.claim.Claim;
import org.factdesk.model.claim.ClaimStatus;
import org.factdesk.model.desk.Desk;
import org.factdesk.service.account.AccountService;
import org.factdesk.service.queue.ClaimFilter;
import org.factdesk.service.queue.ClaimQueue;
import org.factdesk.service.queue.ClaimSearchQuery;
import org.factdesk.service.queue.ClaimSort;
import org.factdesk.service.queue.Overview;
import org.factdesk.service.queue.QueueCursor;
import org.factdesk.service.queue.Visibility;
import org.factdesk.service.search.SearchIndexState;
import org.hibernate.search.mapper.orm.Search;

/**
 * Measures, inside the server, every kind of queue the product offers — the named queues, desk queues, text
 * search with each kind of sort, deep pages — and the dashboard, through the service (search query, entity
 * loading of the 25 rows shown, the total), next to the bare engine doing the same work in the same run: the
 * same index query returning only ids and the total, the same aggregations. The ratio of the two is what the
 * application adds; absolute times on a shared machine are noisy.
 */
@Stateless
public class QueueBenchmark {

    public static final int PAGE = 25;
    /** A scenario's offset meaning the queue's last page. */
    private static final int LAST = -1;

    @PersistenceContext
    EntityManager em;

    @Inject
    ClaimQueue queue;

    @Inject
    Overview overview;

    @Inject
    AccountService accounts;

    @Inject
    SearchIndexState index;

    /** Timings of one scenario in milliseconds: median and 95th percentile over the runs. */
    public record Timing(
            String scenario,
            long claims,
            long matching,
            int runs,
            double serviceMedian,
            double service95,
            double engineMedian,
            double engine95) {}

    /**
     * A queue as a user opens it: {@code offset} is the page's first row; {@code byLink} opens it by the previous
     * page's "next" link (its last row's keys), as the queue's "next" button and the API's {@code after} do.
     */
    private record Scenario(String name, ClaimFilter filter, List<ClaimSort> sorts, int offset, boolean byLink) {

        Scenario(String name, ClaimFilter filter, List<ClaimSort> sorts, int offset) {
            this(name, filter, sorts, offset, false);
        }
    }

    private static final Set<ClaimStatus> OPEN = Set.of(
            ClaimStatus.NEW,
            ClaimStatus.TRIAGED,
            ClaimStatus.IN_REVIEW,
            ClaimStatus.AWAITING_APPROVAL,
            ClaimStatus.APPROVED);

    private static List<Scenario> scenarios(String checker, String desk) {
        ClaimFilter all = ClaimFilter.all();
        return List.of(
                new Scenario("all claims, right claims first", all, ClaimSort.DEFAULT, 0),
                new Scenario("all claims, page 2,000 by number", all, ClaimSort.DEFAULT, 1999 * PAGE),
                new Scenario("all claims, page 2,000 by \"next\"", all, ClaimSort.DEFAULT, 1999 * PAGE, true),
                new Scenario("all claims, last page", all, ClaimSort.DEFAULT, LAST),
                new Scenario(
                        "all claims, by statement A–Z, page 100 by number",
                        all,
                        List.of(new ClaimSort(ClaimSort.Field.STATEMENT, true)),
                        99 * PAGE),
                new Scenario(
                        "all claims, by statement A–Z, page 2,000 by number",
                        all,
                        List.of(new ClaimSort(ClaimSort.Field.STATEMENT, true)),
                        1999 * PAGE),
                new Scenario(
                        "all claims, by statement A–Z, page 2,000 by \"next\"",
                        all,
                        List.of(new ClaimSort(ClaimSort.Field.STATEMENT, true)),
                        1999 * PAGE,
                        true),
                new Scenario("unassigned", ClaimFilter.all().withUnassigned(true), ClaimSort.DEFAULT, 0),
                new Scenario(
                        "assigned to me, due soonest",
                        ClaimFilter.all().withAssignee(checker),
                        List.of(new ClaimSort(ClaimSort.Field.DUE, true)),
                        0),
                new Scenario(
                        "awaiting approval, latest change first",
                        ClaimFilter.all().withStatuses(Set.of(ClaimStatus.AWAITING_APPROVAL)),
                        List.of(new ClaimSort(ClaimSort.Field.MODIFIED, false)),
                        0),
                new Scenario("overdue", ClaimFilter.all().withOverdueOnly(true), ClaimSort.DEFAULT, 0),
                new Scenario(
                        "unverified attributed",
                        ClaimFilter.all().withStatuses(Set.of(ClaimStatus.NEW)).withAttributedOnly(true),
                        ClaimSort.DEFAULT,
                        0),
                new Scenario(
                        "open claims of one desk",
                        ClaimFilter.all().withStatuses(OPEN).withDesk(desk),
                        ClaimSort.DEFAULT,
                        0),
                new Scenario(
                        "one desk, by assignee",
                        ClaimFilter.all().withDesk(desk),
                        List.of(new ClaimSort(ClaimSort.Field.ASSIGNEE, true)),
                        0),
                new Scenario(
                        "one desk, by assignee, page 1,000 by number",
                        ClaimFilter.all().withDesk(desk),
                        List.of(new ClaimSort(ClaimSort.Field.ASSIGNEE, true)),
                        999 * PAGE),
                new Scenario(
                        "text \"displaced\", most relevant",
                        ClaimFilter.all().withText("displaced"),
                        List.of(new ClaimSort(ClaimSort.Field.RELEVANCE, true)),
                        0),
                new Scenario(
                        "text \"displaced\", most check-worthy",
                        ClaimFilter.all().withText("displaced"),
                        List.of(new ClaimSort(ClaimSort.Field.CHECK_WORTHINESS, false)),
                        0),
                new Scenario(
                        "text \"displaced\", most check-worthy, page 1,000 by number",
                        ClaimFilter.all().withText("displaced"),
                        List.of(new ClaimSort(ClaimSort.Field.CHECK_WORTHINESS, false)),
                        999 * PAGE),
                new Scenario(
                        "phrase \"air strike\" in review, one desk",
                        ClaimFilter.all()
                                .withStatuses(Set.of(ClaimStatus.IN_REVIEW))
                                .withDesk(desk)
                                .withText("\"air strike\""),
                        ClaimSort.DEFAULT,
                        0),
                new Scenario("text with no match", ClaimFilter.all().withText("zyxwvut"), ClaimSort.DEFAULT, 0),
                new Scenario(
                        "overdue + attributed + text, by due",
                        ClaimFilter.all()
                                .withText("killed")
                                .withAttributedOnly(true)
                                .withOverdueOnly(true),
                        List.of(new ClaimSort(ClaimSort.Field.DUE, true)),
                        0));
    }

    public List<Timing> run(int runs, String checker, String desk) {
        accounts.requireRole(Role.ADMIN);
        if (!index.isReady()) {
            throw new IllegalStateException(
                    "The search index is " + index.progress().phase() + "; wait until READY");
        }
        long claims = em.createNamedQuery(Claim.COUNT_ALL, Long.class).getSingleResult();
        List<Timing> timings = new ArrayList<>();
        for (Scenario given : scenarios(checker, desk)) {
            Scenario scenario = given.offset() == LAST
                    ? new Scenario(given.name(), given.filter(), given.sorts(), (int)
                            ((queue.page(given.filter(), given.sorts(), 0, 1).total() - 1) / PAGE * PAGE))
                    : given;
            // the link the page before gives (not timed)
            QueueCursor link = scenario.byLink()
                    ? QueueCursor.after(queue.page(scenario.filter(), scenario.sorts(), scenario.offset() - PAGE, PAGE)
                            .next())
                    : null;
            em.clear();
            long[] matching = new long[1];
            double[] service = measure(runs, () -> {
                matching[0] = queue.page(scenario.filter(), scenario.sorts(), scenario.offset(), PAGE, link)
                        .total();
                em.clear();
                return matching[0];
            });
            double[] engine = measure(runs, () -> engine(scenario, link, matching[0]));
            timings.add(new Timing(
                    scenario.name(),
                    claims,
                    matching[0],
                    runs,
                    percentile(service, 50),
                    percentile(service, 95),
                    percentile(engine, 50),
                    percentile(engine, 95)));
        }
        timings.add(dashboard(runs, claims, checker));
        return timings;
    }

    /**
     * The same index query as the service's, answering ids and the total only: no entity is loaded. A page by
     * link asks for the rows past the link's keys; a page nearer the end than the start is read from the end.
     */
    private long engine(Scenario scenario, QueueCursor link, long total) {
        Instant now = Instant.now();
        boolean text = ClaimSearchQuery.hasText(scenario.filter());
        List<Object> keys = link == null ? null : link.values(scenario.sorts(), "after");
        long fromEnd = total - scenario.offset() - PAGE;
        boolean reversed = link == null && scenario.offset() >= ClaimQueue.DEEP_OFFSET && fromEnd < scenario.offset();
        var query = Search.session(em)
                .search(Claim.class)
                .select(f -> f.id(Long.class))
                .where(f -> {
                    var where = ClaimSearchQuery.predicate(f, scenario.filter(), Visibility.ALL, now);
                    return keys == null
                            ? where
                            : f.bool().must(where).filter(ClaimSearchQuery.beyond(f, scenario.sorts(), keys, false));
                })
                .sort(f -> ClaimSearchQuery.sort(f, scenario.sorts(), text, reversed));
        if (link != null) {
            return query.totalHitCountThreshold(PAGE).fetchHits(PAGE).size() + query.fetchTotalHitCount();
        }
        if (reversed) {
            int skip = (int) Math.max(0, fromEnd);
            return query.totalHitCountThreshold(skip + PAGE)
                    .fetchHits(skip, PAGE)
                    .size();
        }
        return query.fetchHits(scenario.offset(), PAGE).size();
    }

    /**
     * The dashboard as its page asks for it — desk × status counts (status counts are their sums), my claims,
     * overdue claims, those waiting for my approval, recent moves — against the bare engine doing the counts
     * and the two lists.
     */
    private Timing dashboard(int runs, long claims, String checker) {
        ClaimFilter mine = ClaimFilter.all().withAssignee(checker);
        ClaimFilter overdue = ClaimFilter.all().withOverdueOnly(true);
        double[] service = measure(runs, () -> {
            long n = overview.counts().byDesk().size();
            n += queue.page(mine, ClaimSort.DEFAULT, 0, 8).items().size();
            n += queue.page(overdue, ClaimSort.DEFAULT, 0, 8).items().size();
            n += overview.awaitingMyApproval(8).size()
                    + overview.recentChanges(8).size();
            em.clear();
            return n;
        });
        double[] engine = measure(runs, () -> {
            long n = Overview.termCounts(
                            Search.session(em),
                            em.createNamedQuery(Desk.LIST_ALL, Desk.class).getResultList())
                    .size();
            n += engine(new Scenario("", mine, ClaimSort.DEFAULT, 0), null, 0);
            n += engine(new Scenario("", overdue, ClaimSort.DEFAULT, 0), null, 0);
            return n;
        });
        return new Timing(
                "dashboard (counts, mine, overdue, approvals, recent)",
                claims,
                claims,
                runs,
                percentile(service, 50),
                percentile(service, 95),
                percentile(engine, 50),
                percentile(engine, 95));
    }

    /** Runs the work once to warm up, then {@code runs} times, and returns the durations in ms, sorted. */
    private static double[] measure(int runs, LongSupplier work) {
        work.getAsLong();
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.getAsLong();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return Math.round(sorted[Math.max(0, Math.min(index, sorted.length - 1))] * 10) / 10.0;
    }
}
