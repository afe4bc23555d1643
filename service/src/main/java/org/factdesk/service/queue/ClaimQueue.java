package org.factdesk.service.queue;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.factdesk.model.account.UserAccount;
import org.factdesk.model.claim.Claim;
import org.factdesk.model.claim.ClaimStatus;
import org.factdesk.model.claim.Priority;
import org.factdesk.model.desk.Desk;
import org.factdesk.service.account.AccountService;
import org.factdesk.service.common.InvalidInputException;
import org.factdesk.service.common.Page;
import org.factdesk.service.common.SearchRebuildingException;
import org.factdesk.service.search.SearchFreshness;
import org.factdesk.service.search.SearchIndexState;
import org.hibernate.Hibernate;
import org.hibernate.graph.GraphSemantic;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * Review queues: filtered, sorted, paged claim lists, and the counts the dashboard shows.
 *
 * <p>Filtering, sorting, counting and paging happen in the claim search index (Hibernate Search): every
 * filter and sort key is an indexed field, so any combination on a million claims is one index query; only
 * the rows shown are then read from the database, by id, with their desk and assignee. A save returns once its
 * change is in the index, and a queue first asks {@link SearchFreshness} for a reader that holds every save, so
 * everybody sees a change in their next queue.
 *
 * <p>While the index is being rebuilt (see {@link SearchIndexState}) queues are answered by the database
 * with the same filters and order; text search, which needs the index, says it is rebuilding.
 */
@Stateless
public class ClaimQueue {

    public static final int MAX_PAGE_SIZE = 500;
    /**
     * In an order by relevance (which has no keys to cut the queue by, see {@link PageFinder}), from this offset on
     * the total is counted before the page is fetched: the engine keeps offset + limit hits while it sorts, so a
     * page past the end must not make it hold millions of them for nothing.
     */
    public static final int DEEP_OFFSET = 10_000;

    private static final int EXPORT_CHUNK = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    SearchIndexState index;

    @Inject
    SearchFreshness freshness;

    public Page<Claim> page(ClaimFilter filter, List<ClaimSort> sorts, int offset, int limit) {
        return page(filter, sorts, offset, limit, null);
    }

    /**
     * A page of a queue. With a cursor (a page's {@link Page#next()} or {@link Page#previous()} token) it is the
     * page right after that page's last row (or before its first), found by the rows' keys, so it costs the same
     * at any depth; {@code offset} then only numbers it. Without one, the rows from {@code offset} on.
     */
    public Page<Claim> page(ClaimFilter filter, List<ClaimSort> sorts, int offset, int limit, QueueCursor cursor) {
        Visibility visibility = Visibility.of(accounts.currentUser());
        if (offset < 0 || limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new InvalidInputException(
                    "size",
                    "error.pageSize",
                    "Page size must be 1 to " + MAX_PAGE_SIZE + " and the offset not negative",
                    MAX_PAGE_SIZE);
        }
        List<ClaimSort> order = sorts.isEmpty() ? ClaimSort.DEFAULT : sorts;
        if (useIndex(filter)) {
            freshness.seeEverySave();
            return searchPage(filter, visibility, order, offset, limit, cursor);
        }
        // while the index is rebuilt the database answers by offset; a cursor's page number still holds
        return databasePage(filter, visibility, order, offset, limit);
    }

    /**
     * Checks a filter before a page shows it, so a screen can say next to the search field what is wrong
     * (text too long, text search while the index is rebuilt) instead of failing while it renders the table.
     */
    public void check(ClaimFilter filter) {
        useIndex(filter);
    }

    /**
     * Whether the index answers this filter: always once it is complete; never while it is rebuilding — then
     * a text filter is refused with the rebuild's progress, the rest goes to the database.
     */
    private boolean useIndex(ClaimFilter filter) {
        refuseNul("q", filter.text());
        refuseNul("desk", filter.desk());
        refuseNul("assignee", filter.assignee());
        if (filter.text() != null && filter.text().length() > ClaimSearchQuery.TEXT_MAX) {
            throw new InvalidInputException(
                    "q",
                    "error.searchTextTooLong",
                    "Search text is limited to " + ClaimSearchQuery.TEXT_MAX + " characters",
                    ClaimSearchQuery.TEXT_MAX);
        }
        if (index.isReady()) {
            return true;
        }
        if (ClaimSearchQuery.hasText(filter)) {
            throw new SearchRebuildingException(index.progress().percent());
        }
        return false;
    }

    /** No text a person means holds a NUL, and PostgreSQL cannot compare one: refused, naming the field. */
    private static void refuseNul(String field, String value) {
        if (value != null && value.indexOf('\0') >= 0) {
            throw new InvalidInputException(field, "error.nulCharacter", "The text holds a NUL character");
        }
    }

    private Page<Claim> searchPage(
            ClaimFilter filter,
            Visibility visibility,
            List<ClaimSort> sorts,
            int offset,
            int limit,
            QueueCursor cursor) {
        Instant now = Instant.now();
        boolean text = ClaimSearchQuery.hasText(filter);
        boolean keyed = QueueCursor.supports(sorts, text);
        SearchSession session = Search.session(em);
        Function<Boolean, SearchQueryOptionsStep<?, Claim, ?, ?, ?>> query = reversed -> session.search(Claim.class)
                .where(f -> ClaimSearchQuery.predicate(f, filter, visibility, now))
                .sort(f -> ClaimSearchQuery.sort(f, sorts, text, reversed))
                .loading(o -> o.graph(Claim.QUEUE_ROW_GRAPH, GraphSemantic.FETCH));
        List<Claim> items;
        long total;
        if (cursor != null) {
            String parameter = cursor.direction().name().toLowerCase(Locale.ROOT);
            if (!keyed) {
                throw new InvalidInputException(
                        parameter,
                        "error.queueCursor",
                        "Pages in order of relevance are opened by number, not by a page link");
            }
            boolean before = cursor.direction() == QueueCursor.Direction.BEFORE;
            List<Object> keys = cursor.values(sorts, parameter);
            total = query.apply(false).fetchTotalHitCount();
            items = session.search(Claim.class)
                    .where(f -> f.bool()
                            .must(ClaimSearchQuery.predicate(f, filter, visibility, now))
                            .filter(ClaimSearchQuery.beyond(f, sorts, keys, before)))
                    .sort(f -> ClaimSearchQuery.sort(f, sorts, text, before))
                    .loading(o -> o.graph(Claim.QUEUE_ROW_GRAPH, GraphSemantic.FETCH))
                    .totalHitCountThreshold(limit)
                    .fetchHits(limit);
            if (before) {
                if (items.size() < limit) {
                    // fewer rows before it than a page holds (some were added or moved): the first page
                    return searchPage(filter, visibility, sorts, 0, limit, null);
                }
                items = reversed(items);
            }
        } else if (keyed && offset >= PageFinder.NARROW_FROM) {
            // deep, by number: only the part of the queue that holds the page is sorted
            PageFinder.Condition queue = f -> ClaimSearchQuery.predicate(f, filter, visibility, now);
            PageFinder.Found found = PageFinder.find(
                    session, Arrays.asList(filter, visibility), queue, PageFinder.keys(sorts), offset, limit);
            total = found.total();
            if (offset >= total) {
                return new Page<>(List.of(), offset, limit, total);
            }
            items = new ArrayList<>();
            for (PageFinder.Piece piece : found.pieces()) {
                int skip = (int) piece.offset();
                items.addAll(session.search(Claim.class)
                        .where(PageFinder.all(queue, piece.within())::apply)
                        .sort(f -> ClaimSearchQuery.sort(f, sorts, text, false))
                        .loading(o -> o.graph(Claim.QUEUE_ROW_GRAPH, GraphSemantic.FETCH))
                        .totalHitCountThreshold(skip + piece.limit())
                        .fetchHits(skip, piece.limit()));
            }
        } else if (offset < DEEP_OFFSET) {
            SearchResult<Claim> result = query.apply(false).fetch(offset, limit);
            items = result.hits();
            total = result.total().hitCount();
        } else {
            // Deep, in order of relevance (no keys to cut the queue by): the total is counted alone first (no
            // sort), so a page past the end costs only that, and the sort does not count again. The engine keeps
            // offset + limit hits while it sorts, so a page nearer the end is read from the end, in reverse.
            total = query.apply(false).fetchTotalHitCount();
            if (offset >= total) {
                return new Page<>(List.of(), offset, limit, total);
            }
            long fromEnd = total - offset - limit;
            if (fromEnd < offset) {
                int skip = (int) Math.max(0, fromEnd);
                int take = (int) Math.min(limit, total - offset);
                items = reversed(
                        query.apply(true).totalHitCountThreshold(skip + take).fetchHits(skip, take));
            } else {
                items = query.apply(false)
                        .totalHitCountThreshold(offset + limit)
                        .fetchHits(offset, limit);
            }
        }
        initializeClaimants(items);
        String next = keyed && !items.isEmpty() && offset + items.size() < total
                ? QueueCursor.of(sorts, items.get(items.size() - 1))
                : null;
        String previous = keyed && !items.isEmpty() && offset > 0 ? QueueCursor.of(sorts, items.get(0)) : null;
        return new Page<>(items, offset, limit, total, next, previous);
    }

    private static <T> List<T> reversed(List<T> items) {
        List<T> copy = new ArrayList<>(items);
        Collections.reverse(copy);
        return copy;
    }

    private Page<Claim> databasePage(
            ClaimFilter filter, Visibility visibility, List<ClaimSort> sorts, int offset, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<Claim> query = cb.createQuery(Claim.class);
        Root<Claim> claim = query.from(Claim.class);
        claim.fetch("desk", JoinType.INNER);
        claim.fetch("assignee", JoinType.LEFT);
        query.select(claim).where(predicates(cb, claim, filter, visibility));
        query.orderBy(orders(cb, claim, sorts));
        List<Claim> items = em.createQuery(query)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
        initializeClaimants(items);

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Claim> counted = count.from(Claim.class);
        count.select(cb.count(counted)).where(predicates(cb, counted, filter, visibility));
        long total = em.createQuery(count).getSingleResult();

        return new Page<>(items, offset, limit, total);
    }

    /**
     * Queues show who made each claim and who holds it (with their roles); batch fetching loads the page's
     * claimants and assignees' roles in one query each, before the rows leave the transaction.
     */
    private static void initializeClaimants(List<Claim> items) {
        items.stream()
                .filter(Claim::isAttributed)
                .forEach(c -> Hibernate.initialize(c.getAttribution().getClaimant()));
        // getRoles() is an unmodifiable view: size() reaches the persistent set and loads it.
        items.stream()
                .filter(c -> c.getAssignee() != null)
                .forEach(c -> c.getAssignee().getRoles().size());
    }

    /**
     * Streams every claim the filter selects, in queue order, to the sink: no row cap, and memory stays flat
     * because rows are flat projections read through a database cursor (or, with a text filter, in chunks of
     * ids scrolled from the index), never one list.
     *
     * @return how many rows were written
     */
    public long export(ClaimFilter filter, List<ClaimSort> sorts, Consumer<ExportRow> sink) {
        Visibility visibility = Visibility.of(accounts.currentUser());
        List<ClaimSort> order = sorts.isEmpty() ? ClaimSort.DEFAULT : sorts;
        if (useIndex(filter) && ClaimSearchQuery.hasText(filter)) {
            freshness.seeEverySave();
            return exportSearched(filter, visibility, order, sink);
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<ExportRow> query = exportQuery(cb);
        Root<Claim> claim = (Root<Claim>) query.getRoots().iterator().next();
        query.where(predicates(cb, claim, filter, visibility));
        query.orderBy(orders(cb, claim, order));
        long written = 0;
        try (Stream<ExportRow> rows = em.createQuery(query)
                .setHint("org.hibernate.fetchSize", 500)
                .setHint("org.hibernate.readOnly", true)
                .getResultStream()) {
            Iterator<ExportRow> iterator = rows.iterator();
            while (iterator.hasNext()) {
                sink.accept(iterator.next());
                written++;
            }
        }
        return written;
    }

    /**
     * A text-filtered export selects exactly what the queue's text search selects: the index scrolls the
     * matching ids in queue order, chunk by chunk, and each chunk's rows are read from the database by id.
     */
    private long exportSearched(
            ClaimFilter filter, Visibility visibility, List<ClaimSort> sorts, Consumer<ExportRow> sink) {
        Instant now = Instant.now();
        long written = 0;
        try (SearchScroll<Long> scroll = Search.session(em)
                .search(Claim.class)
                .select(f -> f.id(Long.class))
                .where(f -> ClaimSearchQuery.predicate(f, filter, visibility, now))
                .sort(f -> ClaimSearchQuery.sort(f, sorts, true))
                .scroll(EXPORT_CHUNK)) {
            for (SearchScrollResult<Long> chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
                List<Long> ids = chunk.hits();
                CriteriaBuilder cb = em.getCriteriaBuilder();
                CriteriaQuery<ExportRow> query = exportQuery(cb);
                Root<?> claim = query.getRoots().iterator().next();
                query.where(claim.get("id").in(ids));
                Map<Long, ExportRow> rows = new java.util.HashMap<>();
                em.createQuery(query)
                        .setHint("org.hibernate.readOnly", true)
                        .getResultList()
                        .forEach(row -> rows.put(row.id(), row));
                for (Long id : ids) {
                    ExportRow row = rows.get(id);
                    if (row != null) {
                        sink.accept(row);
                        written++;
                    }
                }
            }
        }
        return written;
    }

    /** The flat row an export writes, as one projection over claim, desk, assignee and claimant. */
    private static CriteriaQuery<ExportRow> exportQuery(CriteriaBuilder cb) {
        CriteriaQuery<ExportRow> query = cb.createQuery(ExportRow.class);
        Root<Claim> claim = query.from(Claim.class);
        Join<Claim, Desk> desk = claim.join("desk");
        Join<Claim, UserAccount> assignee = claim.join("assignee", JoinType.LEFT);
        Join<Object, Object> claimant = claim.join("attribution", JoinType.LEFT).join("claimant", JoinType.LEFT);
        return query.select(cb.construct(
                ExportRow.class,
                claim.get("id"),
                claim.get("statement"),
                claim.get("status"),
                claim.get("priority"),
                claim.get("dueAt"),
                desk.get("name"),
                assignee.get("displayName"),
                claimant.get("name"),
                claim.get("attribution").get("reportingVerb"),
                claim.get("checkWorthiness"),
                claim.get("createdAt"),
                claim.get("modifiedAt")));
    }

    /**
     * How many claims of the whole newsroom are in each status, for the operators' metrics (no caller; the
     * dashboard counts what its user may see, see {@link Overview#counts()}).
     */
    public Map<ClaimStatus, Long> countAllByStatus() {
        Map<ClaimStatus, Long> counts = new EnumMap<>(ClaimStatus.class);
        for (ClaimStatus status : ClaimStatus.values()) {
            counts.put(status, 0L);
        }
        if (index.isReady()) {
            AggregationKey<Map<ClaimStatus, Long>> byStatus = AggregationKey.of("byStatus");
            SearchResult<Claim> result = Search.session(em)
                    .search(Claim.class)
                    .where(f -> f.matchAll())
                    .aggregation(
                            byStatus,
                            f -> f.terms().field("status", ClaimStatus.class).maxTermCount(ClaimStatus.values().length))
                    .fetch(0);
            counts.putAll(result.aggregation(byStatus));
            return counts;
        }
        em.createNamedQuery(Claim.COUNT_BY_STATUS, Object[].class)
                .getResultList()
                .forEach(row -> counts.put((ClaimStatus) row[0], (Long) row[1]));
        return counts;
    }

    /**
     * The whole newsroom's open claims per desk code, and how many of them are overdue ({@code [open,
     * overdue]}), for the operations metrics. Two aggregations of the index over the open claims only (a few
     * per cent of them all); the database answers while the index is rebuilt.
     */
    public Map<String, long[]> openAndOverdueByDesk() {
        Map<String, long[]> desks = new HashMap<>();
        for (String code :
                em.createQuery("select d.code from Desk d", String.class).getResultList()) {
            desks.put(code, new long[2]);
        }
        Instant now = Instant.now();
        if (index.isReady()) {
            // the queue's own filters: the open statuses, and the same with "overdue" (open and past due)
            Set<ClaimStatus> open = Arrays.stream(ClaimStatus.values())
                    .filter(ClaimStatus::isOpen)
                    .collect(Collectors.toSet());
            List<ClaimFilter> columns = List.of(
                    ClaimFilter.all().withStatuses(open),
                    ClaimFilter.all().withStatuses(open).withOverdueOnly(true));
            AggregationKey<Map<String, Long>> byDeskStatus = AggregationKey.of("byDeskStatus");
            for (int column = 0; column < columns.size(); column++) {
                ClaimFilter filter = columns.get(column);
                Map<String, Long> counts = Search.session(em)
                        .search(Claim.class)
                        .where(f -> ClaimSearchQuery.predicate(f, filter, Visibility.ALL, now))
                        .aggregation(
                                byDeskStatus,
                                f -> f.terms()
                                        .field("deskStatus", String.class)
                                        .maxTermCount(Math.max(1, desks.size()) * ClaimStatus.values().length))
                        .fetch(0)
                        .aggregation(byDeskStatus);
                int into = column;
                counts.forEach((key, count) ->
                        desks.computeIfAbsent(key.substring(0, key.lastIndexOf('|')), k -> new long[2])[into] += count);
            }
            return desks;
        }
        for (Object[] row : em.createQuery(
                        "select d.code, count(c), "
                                + "sum(case when c.dueAt < :now then 1 else 0 end) from Claim c join c.desk d "
                                + "where c.status in :open group by d.code",
                        Object[].class)
                .setParameter("now", now)
                .setParameter(
                        "open",
                        Arrays.stream(ClaimStatus.values())
                                .filter(ClaimStatus::isOpen)
                                .toList())
                .getResultList()) {
            desks.put((String) row[0], new long[] {
                ((Number) row[1]).longValue(), row[2] == null ? 0 : ((Number) row[2]).longValue()
            });
        }
        return desks;
    }

    /** The filter and the caller's visibility as database predicates: the same selection as the index's. */
    static Predicate[] predicates(CriteriaBuilder cb, Root<Claim> claim, ClaimFilter filter, Visibility visibility) {
        List<Predicate> where = new ArrayList<>();
        if (visibility.restricted()) {
            where.add(cb.or(
                    cb.equal(claim.get("createdBy"), visibility.submitter()),
                    claim.get("status").in(ClaimStatus.publicStatuses())));
        }
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            where.add(claim.get("status").in(filter.statuses()));
        }
        if (filter.desk() != null && !filter.desk().isBlank()) {
            Join<Claim, Desk> desk = claim.join("desk");
            where.add(cb.equal(desk.get("code"), filter.desk()));
        }
        if (filter.unassigned()) {
            where.add(cb.isNull(claim.get("assignee")));
        } else if (filter.assignee() != null && !filter.assignee().isBlank()) {
            Join<Claim, UserAccount> assignee = claim.join("assignee");
            where.add(cb.equal(assignee.get("username"), filter.assignee()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String pattern = "%" + escapeLike(filter.text().strip().toLowerCase(Locale.ROOT)) + "%";
            where.add(cb.or(
                    cb.like(cb.lower(claim.get("statement")), pattern, '\\'),
                    cb.like(cb.lower(claim.get("quote")), pattern, '\\')));
        }
        if (filter.attributedOnly()) {
            where.add(cb.isNotNull(claim.get("attribution").get("claimant")));
        }
        if (filter.overdueOnly()) {
            where.add(cb.lessThan(claim.get("dueAt"), Instant.now()));
            where.add(claim.get("status").in(openStatuses()));
        }
        return where.toArray(Predicate[]::new);
    }

    private List<Order> orders(CriteriaBuilder cb, Root<Claim> claim, List<ClaimSort> sorts) {
        List<Order> orders = new ArrayList<>();
        for (ClaimSort sort : sorts) {
            if (sort.field() == ClaimSort.Field.RELEVANCE) {
                continue;
            }
            Expression<?> key = switch (sort.field()) {
                case RELEVANCE -> throw new IllegalStateException("skipped above");
                case PRIORITY -> priorityRank(cb, claim);
                case DUE -> cb.coalesce(claim.<Instant>get("dueAt"), Instant.parse("9999-12-31T00:00:00Z"));
                case CREATED -> claim.get("createdAt");
                case MODIFIED -> claim.get("modifiedAt");
                case STATUS -> claim.get("status");
                case STATEMENT -> cb.lower(claim.get("statement"));
                case CHECK_WORTHINESS -> cb.coalesce(claim.<Double>get("checkWorthiness"), -1.0);
                case DESK -> claim.get("desk").get("name");
                case ASSIGNEE -> claim.join("assignee", JoinType.LEFT).get("displayName");
            };
            orders.add(sort.ascending() ? cb.asc(key) : cb.desc(key));
        }
        orders.add(cb.desc(claim.get("id")));
        return orders;
    }

    private static Expression<Integer> priorityRank(CriteriaBuilder cb, Root<Claim> claim) {
        CriteriaBuilder.SimpleCase<Priority, Integer> rank = cb.selectCase(claim.get("priority"));
        for (Priority priority : Priority.values()) {
            rank = rank.when(priority, priority.rank());
        }
        return rank.otherwise(0);
    }

    private static List<ClaimStatus> openStatuses() {
        return java.util.Arrays.stream(ClaimStatus.values())
                .filter(ClaimStatus::isOpen)
                .toList();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
