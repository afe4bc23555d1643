package org.factdesk.service.queue;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.model.account.Role;
import org.factdesk.model.account.UserAccount;
import org.factdesk.model.claim.Claim;
import org.factdesk.model.claim.ClaimStatus;
import org.factdesk.model.claim.StatusChange;
import org.factdesk.model.desk.Desk;
import org.factdesk.service.account.AccountService;
import org.factdesk.service.search.SearchFreshness;
import org.factdesk.service.search.SearchIndexState;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * What the dashboard summarises: counts of the whole newsroom by desk and status, the claims waiting for the
 * caller's approval (four eyes: never the ones they drafted) and the latest workflow moves.
 */
@Stateless
public class Overview {

    /** How many claims of one desk are in one status. */
    public record DeskStatusCount(String deskCode, String deskName, ClaimStatus status, long count) {}

    /** The dashboard's counts: desk × status, and per status (every status, zero included). */
    public record Counts(List<DeskStatusCount> byDesk, Map<ClaimStatus, Long> byStatus) {

        public long total() {
            return byStatus.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** The first window of recent status changes looked at: the newest thousand ids. */
    private static final long RECENT_WINDOW = 1_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    SearchIndexState index;

    @Inject
    SearchFreshness freshness;

    /**
     * The claims the caller may see, by desk and status and by status alone, from one count: every claim has
     * a desk, so the status counts are the desk rows added up.
     */
    public Counts counts() {
        List<DeskStatusCount> byDesk = countByDeskAndStatus();
        Map<ClaimStatus, Long> byStatus = new EnumMap<>(ClaimStatus.class);
        for (ClaimStatus status : ClaimStatus.values()) {
            byStatus.put(status, 0L);
        }
        byDesk.forEach(row -> byStatus.merge(row.status(), row.count(), Long::sum));
        return new Counts(byDesk, byStatus);
    }

    /**
     * Claims by desk and status; statuses with no claims are absent. Counted by the search index (see {@link
     * #termCounts}), or by one grouped query while the index is rebuilt.
     */
    public List<DeskStatusCount> countByDeskAndStatus() {
        Visibility visibility = Visibility.of(accounts.currentUser());
        if (index.isReady()) {
            freshness.seeEverySave();
            return indexedCounts(visibility);
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<Claim> claim = query.from(Claim.class);
        Join<Claim, Desk> desk = claim.join("desk");
        query.multiselect(desk.get("code"), desk.get("name"), claim.get("status"), cb.count(claim))
                .where(ClaimQueue.predicates(cb, claim, ClaimFilter.all(), visibility))
                .groupBy(desk.get("code"), desk.get("name"), claim.get("status"))
                .orderBy(cb.asc(desk.get("name")));
        return em.createQuery(query).getResultList().stream()
                .map(row -> new DeskStatusCount(
                        (String) row[0], (String) row[1], (ClaimStatus) row[2], ((Number) row[3]).longValue()))
                .toList();
    }

    private List<DeskStatusCount> indexedCounts(Visibility visibility) {
        List<Desk> desks = em.createNamedQuery(Desk.LIST_ALL, Desk.class).getResultList();
        Map<String, Long> counts = visibility.restricted() ? aggregatedCounts(visibility, desks) : termCounts(desks);
        List<DeskStatusCount> rows = new ArrayList<>();
        for (Desk desk : desks) {
            for (ClaimStatus status : ClaimStatus.values()) {
                Long count = counts.get(Claim.deskStatusKey(desk.getCode(), status));
                if (count != null && count > 0) {
                    rows.add(new DeskStatusCount(desk.getCode(), desk.getName(), status, count));
                }
            }
        }
        return rows;
    }

    /**
     * Every claim, by desk and status: one count per cell of how many claims hold its "desk|STATUS" term. The
     * index answers a term's count from its postings (without deletions, from the term's document frequency),
     * so the whole table costs a few milliseconds at a million claims, where aggregating the doc values of
     * every claim took about 45.
     */
    public static Map<String, Long> termCounts(SearchSession session, List<Desk> desks) {
        Map<String, Long> counts = new HashMap<>();
        for (Desk desk : desks) {
            for (ClaimStatus status : ClaimStatus.values()) {
                String key = Claim.deskStatusKey(desk.getCode(), status);
                counts.put(
                        key,
                        session.search(Claim.class)
                                .where(f -> f.match().field("deskStatus").matching(key))
                                .fetchTotalHitCount());
            }
        }
        return counts;
    }

    private Map<String, Long> termCounts(List<Desk> desks) {
        return termCounts(Search.session(em), desks);
    }

    /** The claims a restricted caller may see, by desk and status: one aggregation over them. */
    private Map<String, Long> aggregatedCounts(Visibility visibility, List<Desk> desks) {
        AggregationKey<Map<String, Long>> key = AggregationKey.of("byDeskStatus");
        return Search.session(em)
                .search(Claim.class)
                .where(f -> ClaimSearchQuery.predicate(f, ClaimFilter.all(), visibility, Instant.now()))
                .aggregation(
                        key,
                        f -> f.terms()
                                .field("deskStatus", String.class)
                                .maxTermCount(Math.max(1, desks.size()) * ClaimStatus.values().length))
                .fetch(0)
                .aggregation(key);
    }

    /**
     * Claims awaiting approval whose verdict the caller did not draft, newest first; none for a caller who
     * may not approve (only editors do).
     */
    public List<Claim> awaitingMyApproval(int limit) {
        UserAccount caller = accounts.currentUser();
        if (!caller.getRoles().contains(Role.EDITOR)) {
            return List.of();
        }
        String me = caller.getUsername();
        return em.createNamedQuery(Claim.LIST_AWAITING_APPROVAL_NOT_DRAFTED_BY, Claim.class)
                .setParameter("status", ClaimStatus.AWAITING_APPROVAL)
                .setParameter("username", me)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * The latest status changes across the claims the caller may see, newest first, with their claims loaded.
     * Read from the newest ids backwards, in a window that widens tenfold until it holds enough: "order by id
     * desc" over the whole history made H2 sort every status change of a million claims (30 s at log-in).
     */
    public List<StatusChange> recentChanges(int limit) {
        Visibility visibility = Visibility.of(accounts.currentUser());
        long last = em.createNamedQuery(StatusChange.LAST_ID, Long.class).getSingleResult();
        for (long window = RECENT_WINDOW; ; window *= 10) {
            TypedQuery<StatusChange> query = visibility.restricted()
                    ? em.createNamedQuery(StatusChange.LIST_RECENT_OWN_OR_PUBLIC, StatusChange.class)
                            .setParameter("username", visibility.submitter())
                            .setParameter("public", ClaimStatus.publicStatuses())
                    : em.createNamedQuery(StatusChange.LIST_RECENT, StatusChange.class);
            List<StatusChange> changes = query.setParameter("after", last - window)
                    .setMaxResults(limit)
                    .getResultList();
            if (changes.size() >= limit || window >= last) {
                return changes;
            }
        }
    }
}
