package org.claimtrail.paging;

import java.util.List;
import java.util.Optional;

/**
 * The three paging parameters every list takes ({@code after}, {@code before}, {@code last}),
 * bound from the query string by Spring MVC as one handler argument, so that no handler spells
 * them out again, and read into a {@link PageRequest} here, the one place that checks them; with
 * {@link #size} for the lists whose clients choose a page size (the API's).
 */
public record PageParams(String after, String before, String last) {

    /**
     * The page asked for. A cursor that cannot be read, or does not belong to this list, is
     * reported and the list starts from its first page.
     */
    public PageRequest read(int size, Keyset keyset, List<ParameterProblem> problems) {
        Cursor afterCursor = cursor("after", after, keyset, problems);
        Cursor beforeCursor = cursor("before", before, keyset, problems);
        return new PageRequest(afterCursor, beforeCursor, isSet(last, problems), size);
    }

    /** A page size the client chose, between 1 and max; the default when not given. */
    public static int size(String size, int defaultSize, int max, List<ParameterProblem> problems) {
        if (size == null || size.isBlank()) {
            return defaultSize;
        }
        try {
            int value = Integer.parseInt(size.strip());
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(
                new ParameterProblem("size", "The parameter 'size' must be a whole number from 1 to " + max + "."));
        return defaultSize;
    }

    private static Cursor cursor(String name, String text, Keyset keyset, List<ParameterProblem> problems) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        Optional<Cursor> cursor = Cursor.parse(text).filter(keyset::fits);
        if (cursor.isEmpty()) {
            problems.add(new ParameterProblem(
                    name,
                    "The parameter '" + name + "' is not a position in this list; "
                            + "follow the list's own links to page through it."));
            return null;
        }
        return cursor.get();
    }

    /** {@code last} takes true (or 1, or nothing); anything else is reported and means the first page. */
    private static boolean isSet(String flag, List<ParameterProblem> problems) {
        if (flag == null) {
            return false;
        }
        if (flag.isEmpty() || flag.equals("true") || flag.equals("1")) {
            return true;
        }
        problems.add(new ParameterProblem(
                "last", "The parameter 'last' takes only true: it asks for the list's " + "last page."));
        return false;
    }
}
