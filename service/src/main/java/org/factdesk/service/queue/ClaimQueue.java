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
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.factdesk.model.account.UserAccount;
import org.factdesk.model.claim.Claim;
import org.factdesk.model.claim.ClaimStatus;
import org.factdesk.model.claim.Priority;
import org.factdesk.model.desk.Desk;
import org.factdesk.service.account.AccountService;
import org.factdesk.service.common.InvalidInputException;
import org.factdesk.service.common.Page;
import org.hibernate.Hibernate;

/**
 * Review queues: filtered, sorted, paged claim lists. Filtering, sorting, counting and paging all happen in
 * the database — a queue of 100,000 claims costs one page of rows and one count.
 */
@Stateless
public class ClaimQueue {

    public static final int MAX_PAGE_SIZE = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    public Page<Claim> page(ClaimFilter filter, List<ClaimSort> sorts, int offset, int limit) {
        accounts.currentUser();
        if (offset < 0 || limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new InvalidInputException("size", "error.pageSize",
                    "Page size must be 1 to " + MAX_PAGE_SIZE + " and the offset not negative", MAX_PAGE_SIZE);
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<Claim> query = cb.createQuery(Claim.class);
        Root<Claim> claim = query.from(Claim.class);
        claim.fetch("desk", JoinType.INNER);
        claim.fetch("assignee", JoinType.LEFT);
        query.select(claim).where(predicates(cb, claim, filter));
        query.orderBy(orders(cb, claim, sorts.isEmpty() ? ClaimSort.DEFAULT : sorts));
        List<Claim> items = em.createQuery(query).setFirstResult(offset).setMaxResults(limit).getResultList();
        // Queues show who made each claim; batch fetching loads the page's claimants in one query.
        items.stream().filter(Claim::isAttributed).forEach(c -> Hibernate.initialize(c.getAttribution().getClaimant()));

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Claim> counted = count.from(Claim.class);
        count.select(cb.count(counted)).where(predicates(cb, counted, filter));
        long total = em.createQuery(count).getSingleResult();

        return new Page<>(items, offset, limit, total);
    }

    /**
     * Streams every claim the filter selects, in queue order, to the sink: no row cap, and memory stays flat
     * because rows are flat projections read through a database cursor, never a list.
     *
     * @return how many rows were written
     */
    public long export(ClaimFilter filter, List<ClaimSort> sorts, Consumer<ExportRow> sink) {
        accounts.currentUser();
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<ExportRow> query = cb.createQuery(ExportRow.class);
        Root<Claim> claim = query.from(Claim.class);
        Join<Claim, Desk> desk = claim.join("desk");
        Join<Claim, UserAccount> assignee = claim.join("assignee", JoinType.LEFT);
        Join<Object, Object> claimant = claim.join("attribution", JoinType.LEFT).join("claimant", JoinType.LEFT);
        query.select(cb.construct(ExportRow.class, claim.get("id"), claim.get("statement"), claim.get("status"),
                claim.get("priority"), claim.get("dueAt"), desk.get("name"), assignee.get("displayName"),
                claimant.get("name"), claim.get("attribution").get("reportingVerb"), claim.get("checkWorthiness"),
                claim.get("createdAt"), claim.get("modifiedAt")));
        query.where(predicates(cb, claim, filter));
        query.orderBy(orders(cb, claim, sorts.isEmpty() ? ClaimSort.DEFAULT : sorts));
        long written = 0;
        try (Stream<ExportRow> rows = em.createQuery(query).setHint("org.hibernate.fetchSize", 500)
                .setHint("org.hibernate.readOnly", true).getResultStream()) {
            Iterator<ExportRow> iterator = rows.iterator();
            while (iterator.hasNext()) {
                sink.accept(iterator.next());
                written++;
            }
        }
        return written;
    }

    /** How many claims are in each status — for the dashboard and the queue's status filter. */
    public Map<ClaimStatus, Long> countByStatus() {
        Map<ClaimStatus, Long> counts = new EnumMap<>(ClaimStatus.class);
        for (ClaimStatus status : ClaimStatus.values()) {
            counts.put(status, 0L);
        }
        em.createNamedQuery(Claim.COUNT_BY_STATUS, Object[].class).getResultList()
                .forEach(row -> counts.put((ClaimStatus) row[0], (Long) row[1]));
        return counts;
    }

    private Predicate[] predicates(CriteriaBuilder cb, Root<Claim> claim, ClaimFilter filter) {
        List<Predicate> where = new ArrayList<>();
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
            Expression<?> key = switch (sort.field()) {
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
        return java.util.Arrays.stream(ClaimStatus.values()).filter(ClaimStatus::isOpen).toList();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
