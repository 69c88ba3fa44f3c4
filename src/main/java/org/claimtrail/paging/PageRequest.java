package org.claimtrail.paging;

/**
 * Which rows of a list a request asks for: the first page, the page after or before a row
 * ({@link Cursor}), or the last page; and how many.
 *
 * @param after  the page starts after this row, or null
 * @param before the page ends before this row, or null
 * @param last   the last page (when neither cursor is given)
 * @param size   rows per page
 */
public record PageRequest(Cursor after, Cursor before, boolean last, int size) {

    public PageRequest {
        if (size < 1) {
            throw new IllegalArgumentException("size must be positive");
        }
        if (after != null && before != null) {
            before = null;
        }
        if (after != null || before != null) {
            last = false;
        }
    }

    public static PageRequest first(int size) {
        return new PageRequest(null, null, false, size);
    }

    /** Read backwards from the end or from a row, then turned round for display. */
    public boolean backwards() {
        return before != null || last;
    }

    public boolean isFirst() {
        return after == null && before == null && !last;
    }
}
