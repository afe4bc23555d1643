package org.factdesk.service.queue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.factdesk.model.claim.Claim;
import org.factdesk.model.claim.Priority;
import org.factdesk.model.common.BaseEntity;
import org.factdesk.service.queue.ClaimSearchQuery.Missing;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.data.Range;
import org.hibernate.search.util.common.data.RangeBoundInclusion;

/**
 * Finds a page picked by number deep in a queue without making the engine sort every row before it.
 *
 * <p>Asked for rows 50,000 to 50,025 of a million, the engine keeps 50,025 sorted hits while it reads every
 * claim (130 ms). Instead the queue is cut along its order: the rows are counted per value of the first sort key
 * (four counts for the priorities, say, or one aggregation over slices of a date), the part that holds the page is kept, and where the page starts within
 * it follows from the counts before it. A part that is still large is cut again — a range of due dates into
 * slices, and so on down the keys — until at most {@link #SORT_AT_MOST} rows are left; the engine then sorts only
 * those. Each cut reads only the rows of the part before it, so the work shrinks at every step.
 *
 * <p>Counts and the page come from separate queries: a save between them can shift the page by a row, as it
 * could between any two page views. Only the backend-neutral DSL is used (range and terms aggregations), so the
 * same cuts run on Elasticsearch/OpenSearch.
 */
final class PageFinder {

    /** From this row on a page by number is found by cutting; before it, the engine's own offset costs little. */
    static final int NARROW_FROM = Integer.getInteger("factdesk.queue.narrow-from", 1_000);
    /** Cutting stops when a part holds at most this many rows; the engine sorts those. */
    static final int SORT_AT_MOST = Integer.getInteger("factdesk.queue.narrow-to", 5_000);
    /**
     * Slices a range of numbers is cut into per step: enough that each holds about a quarter of what the engine
     * then sorts, so evenly spread values need one cut; a part with few rows still gets the fewest.
     */
    private static final int FEWEST_SLICES = 32;

    private static final int MOST_SLICES = 512;
    /** Steps at most; the part found by then is sorted whatever its size (correct, only slower). */
    private static final int MAX_STEPS = 8;
    /** Queries one page may spend on cutting, across every stretch of it. */
    private static final int MAX_QUERIES = 24;
    /** Values of a text key counted at most; with more, that key is not cut (its parts would be unknown). */
    private static final int MAX_TERMS = 1_000;
    /** Keys with at most this many values (priorities) are counted value by value: a term count each, no pass. */
    private static final int FEW_VALUES = 8;
    /** How long every claim's lowest and highest value of a key is kept. */
    private static final long BOUNDS_NANOS = 60_000_000_000L;

    private PageFinder() {}

    /** A condition on the index, as the DSL builds it. */
    interface Condition extends Function<SearchPredicateFactory, PredicateFinalStep> {}

    /**
     * One stretch of the page: the rows of a part of the queue ({@code within}: conditions to add to the queue's
     * own), from {@code offset} in that part on, at most {@code limit}.
     */
    record Piece(List<Condition> within, long offset, int limit) {}

    /**
     * Where the page lies: the queue's total, and the page's stretches in order — one, unless the page straddles
     * parts with a value each (the last urgent claims and the first high ones), which are found apart.
     */
    record Found(long total, List<Piece> pieces) {}

    /** How a key's values are compared and cut. */
    enum Kind {
        INT(Integer.class),
        LONG(Long.class),
        INSTANT(Instant.class),
        DOUBLE(Double.class),
        TEXT(String.class);

        final Class<?> type;

        Kind(Class<?> type) {
            this.type = type;
        }

        /** A value as a number whose order is the value's order (milliseconds for instants, as indexed). */
        long toLong(Object value) {
            return switch (this) {
                case INT -> (Integer) value;
                case LONG -> (Long) value;
                case INSTANT -> ((Instant) value).toEpochMilli();
                case DOUBLE -> sortable((Double) value);
                case TEXT -> throw new IllegalStateException("text is not cut by numbers");
            };
        }

        Object fromLong(long value) {
            return switch (this) {
                case INT -> (int) value;
                case LONG -> value;
                case INSTANT -> Instant.ofEpochMilli(value);
                case DOUBLE -> unsortable(value);
                case TEXT -> throw new IllegalStateException("text is not cut by numbers");
            };
        }

        /** A double's bits turned so that comparing them as longs orders them as doubles. */
        static long sortable(double value) {
            long bits = Double.doubleToLongBits(value);
            return bits ^ ((bits >> 63) & 0x7fffffffffffffffL);
        }

        static double unsortable(long sortable) {
            return Double.longBitsToDouble(sortable ^ ((sortable >> 63) & 0x7fffffffffffffffL));
        }
    }

    /**
     * One key of an order as the index compares it. {@code value} reads it off a claim (to find a part's lowest
     * and highest value); {@code domain}, when known in advance, is its lowest and highest possible value.
     */
    record Key(
            String field, Kind kind, boolean ascending, Missing missing, Function<Claim, Object> value, long[] domain) {

        /** Whether rows without a value come before those with one, in this direction. */
        boolean missingFirst() {
            return ascending ? missing == Missing.LOWEST : missing == Missing.HIGHEST;
        }
    }

    /** The keys of an order, as {@link ClaimSearchQuery#sort} sorts: each field, then the id, newest first. */
    static List<Key> keys(List<ClaimSort> sorts) {
        List<Key> keys = new ArrayList<>();
        for (ClaimSort sort : QueueCursor.keyed(sorts)) {
            Missing missing = ClaimSearchQuery.missing(sort.field());
            boolean up = sort.ascending();
            switch (sort.field()) {
                case PRIORITY ->
                    keys.add(new Key("priorityRank", Kind.INT, up, missing, Claim::getPriorityRank, new long[] {
                        0, Priority.values().length - 1
                    }));
                case DUE -> keys.add(new Key("dueAt", Kind.INSTANT, up, missing, Claim::getDueAt, null));
                case CREATED -> keys.add(new Key("createdAt", Kind.INSTANT, up, missing, Claim::getCreatedAt, null));
                case MODIFIED -> keys.add(new Key("modifiedAt", Kind.INSTANT, up, missing, Claim::getModifiedAt, null));
                case CHECK_WORTHINESS ->
                    keys.add(
                            new Key("checkWorthiness", Kind.DOUBLE, up, missing, Claim::getCheckWorthiness, new long[] {
                                Kind.sortable(0.0), Kind.sortable(1.0)
                            }));
                case STATEMENT -> {
                    keys.add(new Key(
                            Claim.STATEMENT_PREFIX_FIELD, Kind.LONG, up, missing, Claim::getStatementPrefix, null));
                    keys.add(new Key(Claim.STATEMENT_SORT_FIELD, Kind.TEXT, up, missing, null, null));
                }
                case STATUS, DESK, ASSIGNEE ->
                    keys.add(new Key(ClaimSearchQuery.field(sort.field()), Kind.TEXT, up, missing, null, null));
                case RELEVANCE -> throw new IllegalArgumentException("relevance has no key");
            }
        }
        keys.add(new Key(BaseEntity.SORT_ID_FIELD, Kind.LONG, false, Missing.NEVER, Claim::getId, null));
        return keys;
    }

    /**
     * One part of the queue after a cut: the rows meeting {@code condition}, in order after the parts before.
     * {@code single}: every row of it has the same value of the key (or has none), so the next key orders them;
     * {@code low} and {@code high} bound a slice of numbers (null: open that side); {@code tag} names the cut, so
     * the same part of the same queue is known again (see {@link Guide}).
     */
    private record Part(Condition condition, long count, boolean single, Long low, Long high, String tag) {}

    /**
     * The stretches of a queue ({@code queue}: its conditions, {@code queueKey}: what equals it for another page
     * of the same queue, or null) in the order {@code keys} that hold rows {@code offset} to {@code offset + limit},
     * and the queue's total.
     */
    static Found find(SearchSession session, Object queueKey, Condition queue, List<Key> keys, long offset, int limit) {
        // counted first: a page past the end costs only this (a term or point count, often without reading rows)
        long total = session.search(Claim.class).where(queue::apply).fetchTotalHitCount();
        List<Piece> pieces = new ArrayList<>();
        if (offset < total) {
            new Cutter(session, queueKey, queue, keys, pieces)
                    .locate(new ArrayList<>(), new ArrayList<>(), 0, null, null, offset, limit, total);
        }
        return new Found(total, pieces);
    }

    /**
     * How a part of a queue was last cut by a key of numbers: its slices and their counts. The next page of the
     * same queue starts from it: the slices it points to are counted again (two or three counts, each answered from
     * the index's points without reading values), and only if they still hold the page are they kept; otherwise
     * the part is cut afresh. So a deep page need not read the value of every row of a large part each time, and
     * a save since changes nothing but which path is taken.
     */
    private record Guide(List<Part> parts, long at) {}

    private record GuideKey(Object queue, List<String> path, String field, boolean ascending) {}

    private static final Map<GuideKey, Guide> GUIDES = new ConcurrentHashMap<>();
    /** How long a guide is followed; a stale one costs only the counts that find it wrong. */
    private static final long GUIDE_NANOS = 300_000_000_000L;
    /** Guides kept at most (queues, times the parts of each); all are dropped when more are asked to be kept. */
    private static final int MAX_GUIDES = 512;

    /** A part found by following a guide: its condition and bounds, the rows before it and its own. */
    private record Guided(Condition condition, Long low, Long high, String tag, long before, long count) {}

    /** Where a page lies among parts: the first and last part holding its rows, and the rows before the first. */
    private record Holding(int first, int last, long before) {}

    /** The parts holding rows {@code local} to {@code local + limit}; null when they have fewer rows than that start. */
    private static Holding holding(List<Part> parts, long local, int limit) {
        if (local >= parts.stream().mapToLong(Part::count).sum()) {
            return null;
        }
        int first = 0;
        long before = 0;
        while (before + parts.get(first).count() <= local) {
            before += parts.get(first).count();
            first++;
        }
        int last = first;
        long through = before + parts.get(first).count();
        while (through < local + limit && last + 1 < parts.size()) {
            last++;
            through += parts.get(last).count();
        }
        return new Holding(first, last, before);
    }

    /** The cuts of one page: the queue, its order, the stretches found so far and the queries left to spend. */
    private static final class Cutter {
        private final SearchSession session;
        private final Object queueKey;
        private final Condition queue;
        private final List<Key> keys;
        private final List<Piece> pieces;
        private int queries = MAX_QUERIES;

        Cutter(SearchSession session, Object queueKey, Condition queue, List<Key> keys, List<Piece> pieces) {
            this.session = session;
            this.queueKey = queueKey;
            this.queue = queue;
            this.keys = keys;
            this.pieces = pieces;
        }

        /**
         * Finds rows {@code local} to {@code local + limit} of the part {@code within} ({@code count} rows; {@code
         * path}: the tags of its cuts), cutting by key {@code k} (between {@code low} and {@code high} when known)
         * and on down the keys.
         */
        void locate(
                List<Condition> within,
                List<String> path,
                int k,
                Long low,
                Long high,
                long local,
                int limit,
                long count) {
            boolean exact = false; // whether the bounds are the part's own (asked for), not every claim's
            for (int step = 0; step < MAX_STEPS && k < keys.size() && count > SORT_AT_MOST && queries > 0; step++) {
                Key key = keys.get(k);
                Condition current = all(queue, within);
                GuideKey guideKey = queueKey == null || key.kind() == Kind.TEXT || exact
                        ? null
                        : new GuideKey(queueKey, List.copyOf(path), key.field(), key.ascending());
                Guided guided = guideKey == null ? null : follow(guideKey, current, key, local, limit, count);
                if (guided != null) {
                    local -= guided.before();
                    count = guided.count();
                    within.add(guided.condition());
                    path.add(guided.tag());
                    low = guided.low();
                    high = guided.high();
                    continue;
                }
                Counted<List<Part>> counted;
                if (key.kind() == Kind.TEXT) {
                    queries--;
                    counted = byTerms(session, current, key);
                } else {
                    long[] bounds =
                            exact ? bounds(session, current, key, null, null) : bounds(session, null, key, low, high);
                    if (bounds == null) { // no row has a value: they are all one part, the missing one
                        k++;
                        low = null;
                        high = null;
                        exact = false;
                        continue;
                    }
                    queries -= bounds[1] - bounds[0] < FEW_VALUES ? (int) (bounds[1] - bounds[0] + 1) : 1;
                    counted = byRanges(session, current, count, key, bounds[0], bounds[1]);
                    if (guideKey != null && counted.value() != null) {
                        if (GUIDES.size() >= MAX_GUIDES) {
                            GUIDES.clear();
                        }
                        GUIDES.put(guideKey, new Guide(counted.value(), System.nanoTime()));
                    }
                }
                if (counted.value() == null) {
                    break;
                }
                count = counted.total();
                List<Part> parts = counted.value();
                Holding holding = holding(parts, local, limit);
                if (holding == null) {
                    break; // past the end (or a save moved rows meanwhile): the engine answers from here
                }
                long before = holding.before();
                List<Part> chosen = parts.subList(holding.first(), holding.last() + 1).stream()
                        .filter(part -> part.count() > 0)
                        .toList();
                long left = chosen.stream().mapToLong(Part::count).sum();
                if (chosen.size() == 1) {
                    Part part = chosen.get(0);
                    if (left == count && !part.single()) {
                        if (exact) {
                            break; // cutting again would not make it smaller
                        }
                        exact = true; // every row in one slice of every claim's range: cut by the part's own range
                        continue;
                    }
                    local -= before;
                    count = left;
                    within.add(part.condition());
                    path.add(part.tag());
                    exact = false;
                    if (part.single()) {
                        k++;
                        low = null;
                        high = null;
                    } else {
                        low = part.low();
                        high = part.high();
                    }
                } else if (key.kind() != Kind.TEXT && chosen.stream().noneMatch(Part::single)) {
                    // a page across neighbouring slices: their union is one range, cut further
                    if (left == count) {
                        break; // the page spans every row of the part: cutting again would not make it smaller
                    }
                    local -= before;
                    count = left;
                    low = union(key, chosen, true);
                    high = union(key, chosen, false);
                    within.add(range(key, low, high));
                    path.add(rangeTag(key, low, high));
                    exact = false;
                } else {
                    // a page across parts with a value each (or the rows without one): each stretch on its own
                    long start = before;
                    for (Part part : chosen) {
                        long from = Math.max(local, start);
                        long to = Math.min(local + limit, start + part.count());
                        if (to > from) {
                            List<Condition> in = new ArrayList<>(within);
                            in.add(part.condition());
                            List<String> inPath = new ArrayList<>(path);
                            inPath.add(part.tag());
                            boolean next = part.single();
                            locate(
                                    in,
                                    inPath,
                                    next ? k + 1 : k,
                                    next ? null : part.low(),
                                    next ? null : part.high(),
                                    from - start,
                                    (int) (to - from),
                                    part.count());
                        }
                        start += part.count();
                    }
                    return;
                }
            }
            pieces.add(new Piece(List.copyOf(within), local, limit));
        }

        /**
         * The slices a recent cut of this part points to for rows {@code local} to {@code local + limit}, counted
         * again; null when there is no guide, it points to no range of slices, or the slices no longer hold the
         * page.
         */
        private Guided follow(GuideKey guideKey, Condition current, Key key, long local, int limit, long count) {
            Guide guide = GUIDES.get(guideKey);
            if (guide == null || System.nanoTime() - guide.at() > GUIDE_NANOS || queries < 3) {
                return null;
            }
            Holding holding = holding(guide.parts(), local, limit);
            if (holding == null) {
                return null;
            }
            List<Part> chosen = guide.parts().subList(holding.first(), holding.last() + 1);
            if (chosen.stream().anyMatch(Part::single)) {
                return null; // a value or the rows without one: cut afresh, as a value each is cheap to count
            }
            Long low = union(key, chosen, true);
            Long high = union(key, chosen, false);
            if (low == null && high == null) {
                return null;
            }
            long before = 0;
            Long edge = key.ascending() ? low : high;
            if (edge != null) {
                queries--;
                before += count(
                        session, current, key.ascending() ? range(key, null, low - 1) : range(key, high + 1, null));
            }
            if (key.missing() != Missing.NEVER && key.missingFirst()) {
                queries--;
                before +=
                        count(session, current, f -> f.bool().mustNot(f.exists().field(key.field())));
            }
            queries--;
            Condition part = range(key, low, high);
            long in = count(session, current, part);
            if (local < before || Math.min(local + limit, count) > before + in) {
                return null; // saves since moved the page out of these slices
            }
            return new Guided(part, low, high, rangeTag(key, low, high), before, in);
        }
    }

    /** The lowest ({@code lowest}) or highest bound of neighbouring slices, given in the order's direction. */
    private static Long union(Key key, List<Part> slices, boolean lowest) {
        boolean firstHolds = key.ascending() == lowest;
        Part edge = firstHolds ? slices.get(0) : slices.get(slices.size() - 1);
        return lowest ? edge.low() : edge.high();
    }

    private static String rangeTag(Key key, Long low, Long high) {
        return key.field() + "[" + low + ".." + high + "]";
    }

    /** How many rows of the part meet the condition too. */
    private static long count(SearchSession session, Condition current, Condition condition) {
        return session.search(Claim.class)
                .where(f -> f.bool().must(current.apply(f)).filter(condition.apply(f)))
                .fetchTotalHitCount();
    }

    private record Counted<T>(T value, long total) {}

    /** The query's conditions and the part's, together. */
    static Condition all(Condition queue, List<Condition> within) {
        List<Condition> conditions = List.copyOf(within);
        return f -> f.bool().with(b -> {
            b.must(queue.apply(f));
            conditions.forEach(c -> b.filter(c.apply(f)));
        });
    }

    /**
     * The lowest and highest value to cut between, keeping a bound already known: the key's domain when it has
     * one; with {@code part}, that part's own (from its first row each way); otherwise every claim's, kept a
     * minute (values beyond land in the outer slices, which are open). Null when no row has a value.
     */
    private static long[] bounds(SearchSession session, Condition part, Key key, Long low, Long high) {
        if (low != null && high != null) {
            return new long[] {low, high};
        }
        long[] all = key.domain() != null
                ? key.domain()
                : part != null ? edges(session, part, key) : everyClaim(session, key);
        if (all == null) {
            return null;
        }
        return new long[] {low != null ? low : all[0], high != null ? high : all[1]};
    }

    private record Edges(long[] values, long at) {}

    private static final Map<String, Edges> EVERY_CLAIM = new ConcurrentHashMap<>();

    private static long[] everyClaim(SearchSession session, Key key) {
        long now = System.nanoTime();
        Edges known = EVERY_CLAIM.get(key.field());
        if (known != null && now - known.at() < BOUNDS_NANOS) {
            return known.values();
        }
        long[] values = edges(session, f -> f.matchAll(), key);
        EVERY_CLAIM.put(key.field(), new Edges(values, now));
        return values;
    }

    /** The lowest and highest value of the key among the rows (from the first row each way); null if none has one. */
    private static long[] edges(SearchSession session, Condition rows, Key key) {
        long[] edges = new long[2];
        for (int i = 0; i < 2; i++) {
            boolean ascending = i == 0;
            List<Claim> edge = session.search(Claim.class)
                    .where(f -> f.bool().must(rows.apply(f)).filter(f.exists().field(key.field())))
                    .sort(f -> ascending
                            ? f.field(key.field()).asc()
                            : f.field(key.field()).desc())
                    .totalHitCountThreshold(1)
                    .fetchHits(1);
            if (edge.isEmpty()) {
                return null;
            }
            edges[i] = key.kind().toLong(key.value().apply(edge.get(0)));
        }
        return edges;
    }

    /**
     * Cuts the part into slices of the key's values from {@code low} to {@code high} (one value each when there
     * are few), plus the rows without a value, in the order's direction. The outer slices reach beyond the bounds,
     * so a row saved meanwhile outside them is still counted.
     */
    private static Counted<List<Part>> byRanges(
            SearchSession session, Condition current, long count, Key key, long low, long high) {
        List<long[]> slices = new ArrayList<>();
        long span = high - low; // values from low to high inclusive: span + 1, which may not fit a long
        if (span < 0) { // high below low (a save meanwhile), or too wide a span for a long: not cut
            return new Counted<>(null, -1);
        }
        int pieces = (int) Math.max(FEWEST_SLICES, Math.min(MOST_SLICES, count / Math.max(1, SORT_AT_MOST / 4)));
        long width = span < pieces ? 1 : span / pieces + 1;
        for (long start = low; ; start += width) {
            long end = span - (start - low) < width ? high : start + width - 1;
            slices.add(new long[] {start, end});
            if (end == high) {
                break;
            }
        }
        List<Range<Object>> ranges = new ArrayList<>();
        for (int i = 0; i < slices.size(); i++) {
            Object from = i == 0 ? null : key.kind().fromLong(slices.get(i)[0]);
            Object to = i == slices.size() - 1 ? null : key.kind().fromLong(slices.get(i)[1] + 1);
            ranges.add(Range.between(from, RangeBoundInclusion.INCLUDED, to, RangeBoundInclusion.EXCLUDED));
        }
        long total;
        Map<Range<Object>, Long> counted = new HashMap<>();
        if (span < FEW_VALUES) {
            // a value each (a priority): counted one by one, which the engine answers from the index's own counts
            total = count;
            for (int i = 0; i < slices.size(); i++) {
                long[] slice = slices.get(i);
                Condition value = range(key, i == 0 ? null : slice[0], i == slices.size() - 1 ? null : slice[1]);
                counted.put(ranges.get(i), count(session, current, value));
            }
        } else {
            AggregationKey<Map<Range<Object>, Long>> counts = AggregationKey.of("slices");
            @SuppressWarnings("unchecked")
            Class<Object> type = (Class<Object>) key.kind().type;
            SearchResult<Claim> result = session.search(Claim.class)
                    .where(current::apply)
                    .aggregation(
                            counts,
                            f -> f.range()
                                    .field(key.field(), type, ValueModel.INDEX)
                                    .ranges(ranges))
                    .fetch(0);
            total = result.total().hitCount();
            counted.putAll(result.aggregation(counts));
        }
        List<Part> parts = new ArrayList<>();
        long withValue = 0;
        for (int i = 0; i < slices.size(); i++) {
            long n = counted.getOrDefault(ranges.get(i), 0L);
            withValue += n;
            long[] slice = slices.get(i);
            // an outer slice reaches beyond the bounds, for a row saved meanwhile: open that side
            Long from = i == 0 ? null : slice[0];
            Long to = i == slices.size() - 1 ? null : slice[1];
            parts.add(new Part(range(key, from, to), n, slice[0] == slice[1], from, to, rangeTag(key, from, to)));
        }
        if (!key.ascending()) {
            Collections.reverse(parts);
        }
        return new Counted<>(withMissing(parts, key, total - withValue), total);
    }

    /**
     * Cuts the part by each value of a text key (in the index's order of terms: by their UTF-8 bytes), plus the
     * rows without a value; null parts when the key holds too many values to count them all.
     */
    private static Counted<List<Part>> byTerms(SearchSession session, Condition current, Key key) {
        AggregationKey<Map<String, Long>> counts = AggregationKey.of("terms");
        SearchResult<Claim> result = session.search(Claim.class)
                .where(current::apply)
                .aggregation(
                        counts,
                        f -> f.terms()
                                .field(key.field(), String.class, ValueModel.INDEX)
                                .maxTermCount(MAX_TERMS)
                                .minDocumentCount(1))
                .fetch(0);
        long total = result.total().hitCount();
        Map<String, Long> counted = result.aggregation(counts);
        if (counted.size() >= MAX_TERMS) {
            return new Counted<>(null, total);
        }
        Comparator<String> bytes = (a, b) ->
                Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
        List<String> terms = counted.keySet().stream()
                .sorted(key.ascending() ? bytes : bytes.reversed())
                .toList();
        List<Part> parts = new ArrayList<>();
        long withValue = 0;
        for (String term : terms) {
            long n = counted.get(term);
            withValue += n;
            parts.add(new Part(
                    f -> f.match().field(key.field()).matching(term, ValueModel.INDEX),
                    n,
                    true,
                    null,
                    null,
                    key.field() + "=" + term));
        }
        return new Counted<>(withMissing(parts, key, total - withValue), total);
    }

    /** The rows without a value as a part of their own, where the order puts them. */
    private static List<Part> withMissing(List<Part> parts, Key key, long missing) {
        if (missing <= 0 || key.missing() == Missing.NEVER) {
            return parts;
        }
        Part none = new Part(
                f -> f.bool().mustNot(f.exists().field(key.field())), missing, true, null, null, key.field() + " none");
        List<Part> all = new ArrayList<>(parts);
        all.add(key.missingFirst() ? 0 : all.size(), none);
        return all;
    }

    /** The rows whose key lies from {@code low} to {@code high} (inclusive; null: no bound that side). */
    private static Condition range(Key key, Long low, Long high) {
        if (low == null && high == null) {
            return f -> f.exists().field(key.field());
        }
        Object from = low == null ? null : key.kind().fromLong(low);
        Object to = high == null ? null : key.kind().fromLong(high + 1);
        return f -> f.range()
                .field(key.field())
                .within(
                        Range.between(from, RangeBoundInclusion.INCLUDED, to, RangeBoundInclusion.EXCLUDED),
                        ValueModel.INDEX);
    }
}
