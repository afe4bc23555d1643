package org.factdesk.service.queue;

import java.time.Instant;
import java.util.List;
import org.factdesk.model.claim.ClaimStatus;
import org.factdesk.model.common.BaseEntity;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.sort.SearchSort;
import org.hibernate.search.engine.search.sort.dsl.CompositeSortComponentsStep;
import org.hibernate.search.engine.search.sort.dsl.FieldSortOptionsStep;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;

/**
 * A queue filter and order as a search-index query: the one translation of {@link ClaimFilter} and {@link
 * ClaimSort} into Hibernate Search's DSL. Only the backend-neutral DSL is used, so the same query runs on the
 * embedded Lucene backend and on Elasticsearch/OpenSearch.
 *
 * <p>Text is matched as words with the English analyzer (stems, stop words) by the simple query syntax:
 * {@code "quoted phrases"}, {@code -excluded}, {@code prefix*}, {@code a | b}; every word must match unless
 * {@code |} says otherwise. That syntax never fails to parse, so whatever a user types gets an answer.
 */
public final class ClaimSearchQuery {

    /** Longest text a queue search takes; beyond this a user is told, rather than the engine struggling. */
    static final int TEXT_MAX = 500;

    private ClaimSearchQuery() {
    }

    public static PredicateFinalStep predicate(SearchPredicateFactory f, ClaimFilter filter, Visibility visibility,
            Instant now) {
        return f.bool().with(b -> {
            if (visibility.restricted()) {
                // a bool of shoulds alone matches when at least one of them does
                b.filter(f.bool()
                        .should(f.match().field("createdBy").matching(visibility.submitter()))
                        .should(f.terms().field("status").matchingAny(ClaimStatus.publicStatuses())));
            }
            boolean scored = false;
            if (hasText(filter)) {
                b.must(f.simpleQueryString().fields("statement", "quote").matching(filter.text().strip())
                        .defaultOperator(BooleanOperator.AND));
                scored = true;
            }
            if (!scored) {
                b.must(f.matchAll());
            }
            if (filter.statuses() != null && !filter.statuses().isEmpty()) {
                b.filter(f.terms().field("status").matchingAny(List.copyOf(filter.statuses())));
            }
            if (filter.desk() != null && !filter.desk().isBlank()) {
                b.filter(f.match().field("desk.code").matching(filter.desk()));
            }
            if (filter.unassigned()) {
                b.mustNot(f.exists().field("assignee.username"));
            } else if (filter.assignee() != null && !filter.assignee().isBlank()) {
                b.filter(f.match().field("assignee.username").matching(filter.assignee()));
            }
            if (filter.attributedOnly()) {
                b.filter(f.match().field("attributed").matching(true));
            }
            if (filter.overdueOnly()) {
                b.filter(f.match().field("open").matching(true));
                b.filter(f.range().field("dueAt").lessThan(now));
            }
        });
    }

    public static SortFinalStep sort(SearchSortFactory f, List<ClaimSort> sorts, boolean hasText) {
        CompositeSortComponentsStep<?> composite = f.composite();
        for (ClaimSort sort : sorts) {
            switch (sort.field()) {
                case RELEVANCE -> {
                    if (hasText) {
                        // "relevance" reads as best first; "-relevance" turns it round.
                        composite.add(sort.ascending() ? f.score().desc() : f.score().asc());
                    }
                }
                case PRIORITY -> composite.add(order(f.field("priorityRank"), sort.ascending()));
                case DUE -> composite.add(nullsLast(f.field("dueAt"), sort.ascending()));
                case CREATED -> composite.add(order(f.field("createdAt"), sort.ascending()));
                case MODIFIED -> composite.add(order(f.field("modifiedAt"), sort.ascending()));
                case STATUS -> composite.add(order(f.field("status"), sort.ascending()));
                case STATEMENT -> composite.add(order(f.field("statementSort"), sort.ascending()));
                case CHECK_WORTHINESS -> composite.add(order(f.field("checkWorthiness").missing().use(-1.0),
                        sort.ascending()));
                case DESK -> composite.add(order(f.field("desk.name"), sort.ascending()));
                case ASSIGNEE -> composite.add(nullsLast(f.field("assignee.displayName"), sort.ascending()));
            }
        }
        composite.add(f.field(BaseEntity.SORT_ID_FIELD).desc());
        return composite;
    }

    public static boolean hasText(ClaimFilter filter) {
        return filter.text() != null && !filter.text().isBlank();
    }

    private static SearchSort order(FieldSortOptionsStep<?, ?> field, boolean ascending) {
        return (ascending ? field.asc() : field.desc()).toSort();
    }

    /** As the database orders a missing value: after every value ascending, before them descending. */
    private static SearchSort nullsLast(FieldSortOptionsStep<?, ?> field, boolean ascending) {
        return ascending ? field.asc().missing().last().toSort() : field.desc().missing().first().toSort();
    }
}
