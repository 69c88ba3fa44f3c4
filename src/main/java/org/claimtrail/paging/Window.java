package org.claimtrail.paging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, in the list's order, and where it stands: whether there are rows before
 * and after it, and the cursors that fetch them.
 */
public record Window<T>(List<T> items, Cursor firstKey, Cursor lastKey, boolean hasPrevious, boolean hasNext) {

    public static <T> Window<T> empty() {
        return new Window<>(List.of(), null, null, false, false);
    }

    /**
     * From rows read one more than a page in the reading direction (ascending, or descending
     * for a backwards request): the extra row only tells that more lie beyond.
     */
    public static <T> Window<T> of(List<T> rows, PageRequest request, Function<T, Cursor> key) {
        boolean more = rows.size() > request.size();
        List<T> page = new ArrayList<>(more ? rows.subList(0, request.size()) : rows);
        if (request.backwards()) {
            Collections.reverse(page);
        }
        if (page.isEmpty()) {
            return empty();
        }
        boolean hasPrevious = request.backwards() ? more : request.after() != null;
        boolean hasNext = request.backwards() ? request.before() != null : more;
        return new Window<>(
                List.copyOf(page), key.apply(page.get(0)), key.apply(page.get(page.size() - 1)), hasPrevious, hasNext);
    }

    /** From rows the database returned with their keys ({@link #of}, keyed by what SQL compared). */
    public static <T> Window<T> ofKeyed(java.util.List<Keyed<T>> rows, PageRequest request) {
        return of(rows, request, Keyed::key).map(Keyed::row);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public <R> Window<R> map(Function<T, R> mapper) {
        return new Window<>(items.stream().map(mapper).toList(), firstKey, lastKey, hasPrevious, hasNext);
    }
}
