package org.factdesk.web.view.queue;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.factdesk.model.claim.Claim;
import org.factdesk.service.common.Page;
import org.factdesk.service.queue.ClaimFilter;
import org.factdesk.service.queue.ClaimQueue;
import org.factdesk.service.queue.ClaimSort;
import org.factdesk.service.queue.QueueCursor;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The queue table's rows, one database page at a time. {@link ClaimQueue#page} counts while it pages, so
 * {@link #count} answers the total of the last page loaded instead of asking the database a second time;
 * PrimeFaces calls it just before {@link #load}, which then sets the fresh total.
 */
class ClaimLazyModel extends LazyDataModel<Claim> {

    private static final long serialVersionUID = 1L;

    /** PrimeFaces sort field (from the column's sortBy) → the queue's sort key. */
    private static final Map<String, ClaimSort.Field> SORT_FIELDS = Map.of(
            "statement", ClaimSort.Field.STATEMENT,
            "status", ClaimSort.Field.STATUS,
            "priority", ClaimSort.Field.PRIORITY,
            "dueAt", ClaimSort.Field.DUE,
            "desk.name", ClaimSort.Field.DESK,
            "assignee.displayName", ClaimSort.Field.ASSIGNEE,
            "checkWorthiness", ClaimSort.Field.CHECK_WORTHINESS);

    private final ClaimQueue queue;
    private final SerializableSupplier<ClaimFilter> filter;
    private int lastTotal;
    /** The page last shown, so that "next" and "previous" open their pages by its rows' keys. */
    private Shown shown;

    /** What was shown: the filter and order, where it started, and its neighbours' tokens. */
    private record Shown(ClaimFilter filter, List<ClaimSort> sorts, int first, int size, String next, String previous)
            implements java.io.Serializable {}

    interface SerializableSupplier<T> extends Supplier<T>, java.io.Serializable {}

    /** Set when the filter was refused (the page says why next to the field): the table stays empty. */
    private final boolean refused;

    ClaimLazyModel(ClaimQueue queue, SerializableSupplier<ClaimFilter> filter) {
        this(queue, filter, false);
    }

    ClaimLazyModel(ClaimQueue queue, SerializableSupplier<ClaimFilter> filter, boolean refused) {
        this.queue = queue;
        this.filter = filter;
        this.refused = refused;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return lastTotal;
    }

    @Override
    public List<Claim> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        if (refused) {
            setRowCount(0);
            return List.of();
        }
        ClaimFilter current = filter.get();
        List<ClaimSort> order = sorts(sortBy);
        Page<Claim> page = queue.page(current, order, first, pageSize, cursor(current, order, first, pageSize));
        shown = new Shown(current, order, first, pageSize, page.next(), page.previous());
        lastTotal = (int) Math.min(Integer.MAX_VALUE, page.total());
        setRowCount(lastTotal);
        return page.items();
    }

    /**
     * The next or previous page of the same queue comes by the shown page's keys (as fast on page 2,000 as on
     * page 1); any other page, by its offset.
     */
    private QueueCursor cursor(ClaimFilter current, List<ClaimSort> order, int first, int pageSize) {
        if (shown == null
                || !shown.filter().equals(current)
                || !shown.sorts().equals(order)
                || shown.size() != pageSize) {
            return null;
        }
        if (first == shown.first() + pageSize && shown.next() != null) {
            return QueueCursor.after(shown.next());
        }
        if (first == shown.first() - pageSize && first > 0 && shown.previous() != null) {
            return QueueCursor.before(shown.previous());
        }
        return null;
    }

    @Override
    public String getRowKey(Claim claim) {
        return String.valueOf(claim.getId());
    }

    /** Selection maps row keys back to claims; only the rows of the page on screen can be ticked. */
    @Override
    public Claim getRowData(String rowKey) {
        List<Claim> rows = getWrappedData();
        if (rows == null || rowKey == null) {
            return null;
        }
        return rows.stream()
                .filter(c -> rowKey.equals(String.valueOf(c.getId())))
                .findFirst()
                .orElse(null);
    }

    static List<ClaimSort> sorts(Map<String, SortMeta> sortBy) {
        List<ClaimSort> sorts = sortBy.values().stream()
                .filter(meta -> meta.getOrder() != SortOrder.UNSORTED && SORT_FIELDS.containsKey(meta.getField()))
                .sorted(java.util.Comparator.comparingInt(SortMeta::getPriority))
                .map(meta -> new ClaimSort(SORT_FIELDS.get(meta.getField()), meta.getOrder() == SortOrder.ASCENDING))
                .toList();
        return sorts.isEmpty() ? ClaimSort.DEFAULT : sorts;
    }
}
