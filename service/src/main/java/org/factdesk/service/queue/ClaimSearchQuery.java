package org.factdesk.service.queue;

import java.time.Instant;
import java.util.List;
import org.factdesk.model.claim.Claim;
import org.factdesk.model.claim.ClaimStatus;
import org.factdesk.model.common.BaseEntity;
import org.factdesk.model.common.SortKeys;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.sort.SearchSort;
import org.hibernate.search.engine.search.sort.dsl.CompositeSortComponentsStep;
import org.hibernate.search.engine.search.sort.dsl.FieldSortOptionsStep;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.util.common.data.Range;
import org.hibernate.search.util.common.data.RangeBoundInclusion;

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
    /** Where a claim without a check-worthiness score sorts: below every score (scores are 0 to 1). */
    private static final double MISSING_WORTH = -1.0;

    private ClaimSearchQuery() {}

    public static PredicateFinalStep predicate(
            SearchPredicateFactory f, ClaimFilter filter, Visibility visibility, Instant now) {
        return f.bool().with(b -> {
            if (visibility.restricted()) {
                // a bool of shoulds alone matches when at least one of them does
                b.filter(f.bool()
                        .should(f.match().field("createdBy").matching(visibility.submitter()))
                        .should(f.terms().field("status").matchingAny(ClaimStatus.publicStatuses())));
            }
            boolean scored = false;
            if (hasText(filter)) {
                b.must(f.simpleQueryString()
                        .fields("statement", "quote")
                        .matching(filter.text().strip())
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
        return sort(f, sorts, hasText, false);
    }

    /**
     * The order, or with {@code reversed} its exact reverse (every key and the final id turned round; a missing
     * value keeps its place among the values, so it moves to the other end): a page before a row, or a page
     * near the end, is read from the nearer end.
     */
    public static SortFinalStep sort(SearchSortFactory f, List<ClaimSort> sorts, boolean hasText, boolean reversed) {
        CompositeSortComponentsStep<?> composite = f.composite();
        for (ClaimSort given : sorts) {
            ClaimSort sort = reversed ? new ClaimSort(given.field(), !given.ascending()) : given;
            switch (sort.field()) {
                case RELEVANCE -> {
                    if (hasText) {
                        // "relevance" reads as best first; "-relevance" turns it round.
                        composite.add(
                                sort.ascending() ? f.score().desc() : f.score().asc());
                    }
                }
                case DUE, ASSIGNEE -> composite.add(nullsLast(f.field(field(sort.field())), sort.ascending()));
                case CHECK_WORTHINESS ->
                    composite.add(order(f.field(field(sort.field())).missing().use(MISSING_WORTH), sort.ascending()));
                case STATEMENT -> {
                    // the first bytes as a number, which the engine compares faster than text, then the text
                    composite.add(order(f.field(Claim.STATEMENT_PREFIX_FIELD), sort.ascending()));
                    composite.add(order(f.field(Claim.STATEMENT_SORT_FIELD), sort.ascending()));
                }
                default -> composite.add(order(f.field(field(sort.field())), sort.ascending()));
            }
        }
        FieldSortOptionsStep<?, ?> id = f.field(BaseEntity.SORT_ID_FIELD);
        composite.add(reversed ? id.asc() : id.desc());
        return composite;
    }

    /**
     * The rows past a boundary row in an order (keyset paging): those whose first key lies beyond the row's,
     * or that share it and lie beyond on the second key, and so on down to the id. {@code keys} are the
     * boundary row's values of {@link QueueCursor#keyed} sorts, then its id; with {@code reversed}, "beyond"
     * is toward the start. The engine then fetches the first rows of what matches: no offset to skip.
     */
    public static PredicateFinalStep beyond(
            SearchPredicateFactory f, List<ClaimSort> sorts, List<Object> keys, boolean reversed) {
        List<ClaimSort> keyed = QueueCursor.keyed(sorts);
        List<Key> order = new java.util.ArrayList<>();
        for (int i = 0; i < keyed.size(); i++) {
            ClaimSort sort = keyed.get(i);
            boolean ascending = sort.ascending() != reversed;
            if (sort.field() == ClaimSort.Field.STATEMENT && keys.get(i) instanceof String text) {
                // as the order compares: the prefix number, then the text among rows with the same prefix only
                String[] span = SortKeys.samePrefix(text);
                order.add(new Key(Claim.STATEMENT_PREFIX_FIELD, ascending, Missing.NEVER, SortKeys.prefix(text)));
                order.add(new Key(Claim.STATEMENT_SORT_FIELD, ascending, Missing.NEVER, text, span[0], span[1]));
            } else {
                order.add(new Key(field(sort.field()), ascending, missing(sort.field()), keys.get(i)));
            }
        }
        order.add(new Key(BaseEntity.SORT_ID_FIELD, reversed, Missing.NEVER, keys.get(keyed.size())));
        return f.bool().with(any -> {
            boolean some = false;
            for (int i = 0; i < order.size(); i++) {
                PredicateFinalStep past = order.get(i).past(f);
                if (past == null) {
                    continue;
                }
                int upTo = i;
                any.should(f.bool().with(branch -> {
                    for (int j = 0; j < upTo; j++) {
                        branch.filter(order.get(j).same(f));
                    }
                    branch.filter(past);
                }));
                some = true;
            }
            if (!some) {
                any.should(f.matchNone());
            }
        });
    }

    /** Where rows without a value sort: after every value, before them, or never missing. */
    enum Missing {
        HIGHEST,
        LOWEST,
        NEVER
    }

    /**
     * One sort key of the boundary row, its value as the index holds it (a status by its name). Rows that tie
     * on every key before this one have this key from {@code lowest} (inclusive) to {@code highest} (exclusive),
     * when known (null: unbounded): the range past the value then stops there, and the engine reads only what
     * lies between.
     */
    private record Key(String field, boolean ascending, Missing missing, Object value, Object lowest, Object highest) {

        Key(String field, boolean ascending, Missing missing, Object value) {
            this(field, ascending, missing, value, null, null);
        }

        /** The rows with the same value; a missing value is the same as another missing one. */
        PredicateFinalStep same(SearchPredicateFactory f) {
            return value == null
                    ? f.bool().mustNot(f.exists().field(field))
                    : f.match().field(field).matching(value, ValueModel.INDEX);
        }

        /** The rows past this value in this direction, or null when none can be. */
        PredicateFinalStep past(SearchPredicateFactory f) {
            // a missing value sorts as the highest (or lowest) of all, so it is "past" every value going up
            // (or down), and going that way nothing is past it
            boolean missingIsPast = ascending ? missing == Missing.HIGHEST : missing == Missing.LOWEST;
            if (value == null) {
                return missingIsPast || missing == Missing.NEVER
                        ? null
                        : f.exists().field(field);
            }
            PredicateFinalStep range = f.range()
                    .field(field)
                    .within(
                            ascending
                                    ? Range.between(
                                            value, RangeBoundInclusion.EXCLUDED, highest, RangeBoundInclusion.EXCLUDED)
                                    : Range.between(
                                            lowest, RangeBoundInclusion.INCLUDED, value, RangeBoundInclusion.EXCLUDED),
                            ValueModel.INDEX);
            return missingIsPast
                    ? f.bool().should(range).should(f.bool().mustNot(f.exists().field(field)))
                    : range;
        }
    }

    static String field(ClaimSort.Field field) {
        return switch (field) {
            case PRIORITY -> "priorityRank";
            case DUE -> "dueAt";
            case CREATED -> "createdAt";
            case MODIFIED -> "modifiedAt";
            case STATUS -> "status";
            case STATEMENT -> Claim.STATEMENT_SORT_FIELD;
            case CHECK_WORTHINESS -> "checkWorthiness";
            case DESK -> "desk.name";
            case ASSIGNEE -> "assignee.displayName";
            case RELEVANCE -> throw new IllegalArgumentException("relevance is not a field");
        };
    }

    /** As {@link #sort} places a missing value: due dates and assignees last going up, a missing score as -1. */
    static Missing missing(ClaimSort.Field field) {
        return switch (field) {
            case DUE, ASSIGNEE -> Missing.HIGHEST;
            case CHECK_WORTHINESS -> Missing.LOWEST;
            default -> Missing.NEVER;
        };
    }

    public static boolean hasText(ClaimFilter filter) {
        return filter.text() != null && !filter.text().isBlank();
    }

    private static SearchSort order(FieldSortOptionsStep<?, ?> field, boolean ascending) {
        return (ascending ? field.asc() : field.desc()).toSort();
    }

    /** As the database orders a missing value: after every value ascending, before them descending. */
    private static SearchSort nullsLast(FieldSortOptionsStep<?, ?> field, boolean ascending) {
        return ascending
                ? field.asc().missing().last().toSort()
                : field.desc().missing().first().toSort();
    }
}
