package org.claimtrail.paging;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The SQL of keyset paging for one list: its sort key as column expressions, compared as a row
 * with the cursor's values ({@code (a, b) > (:after0, :after1)}), so that PostgreSQL reads the
 * page straight off an index on those columns at any depth. Every key column sorts in the list's
 * one direction; nulls must be folded into values by the expressions.
 */
public final class Keyset {

    public enum Type {
        DATE,
        NUMBER,
        TEXT,
        FLAG
    }

    /** One column of the sort key: its SQL expression and the type of its values. */
    public record Column(String expression, Type type) {}

    private final List<Column> columns;
    private final boolean descending;

    private Keyset(boolean descending, List<Column> columns) {
        this.descending = descending;
        this.columns = List.copyOf(columns);
    }

    public static Keyset ascending(Column... columns) {
        return new Keyset(false, List.of(columns));
    }

    public static Keyset descending(Column... columns) {
        return new Keyset(true, List.of(columns));
    }

    public static Column date(String expression) {
        return new Column(expression, Type.DATE);
    }

    public static Column number(String expression) {
        return new Column(expression, Type.NUMBER);
    }

    public static Column text(String expression) {
        return new Column(expression, Type.TEXT);
    }

    public static Column flag(String expression) {
        return new Column(expression, Type.FLAG);
    }

    /** Whether the cursor has this list's shape: the right number of parts, each of its type. */
    public boolean fits(Cursor cursor) {
        try {
            bind(cursor, new java.util.HashMap<>(), "probe");
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The condition that starts the page after or before the request's cursor ("true" for the ends). */
    public String condition(PageRequest request, Map<String, Object> parameters) {
        Cursor cursor = request.after() != null ? request.after() : request.before();
        if (cursor == null) {
            return "true";
        }
        List<String> names = bind(cursor, parameters, request.after() != null ? "after" : "before");
        boolean greater = (request.after() != null) != descending;
        return "(" + expressions() + ") " + (greater ? ">" : "<") + " ("
                + names.stream().map(n -> ":" + n).collect(Collectors.joining(", ")) + ")";
    }

    /** ORDER BY for reading the request's page: the list's direction, or its reverse for a backwards request. */
    public String orderBy(PageRequest request) {
        boolean reverse = request.backwards() != descending;
        return columns.stream()
                .map(c -> c.expression() + (reverse ? " desc" : " asc"))
                .collect(Collectors.joining(", "));
    }

    /** LIMIT: one more than a page, to know whether more lie beyond. */
    public int limit(PageRequest request) {
        return request.size() + 1;
    }

    private String expressions() {
        return columns.stream().map(Column::expression).collect(Collectors.joining(", "));
    }

    private List<String> bind(Cursor cursor, Map<String, Object> parameters, String prefix) {
        if (cursor.size() != columns.size()) {
            throw new IllegalArgumentException(
                    "a cursor of " + cursor.size() + " parts for a key of " + columns.size());
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String name = prefix + i;
            Object value = switch (columns.get(i).type()) {
                case DATE -> cursor.date(i);
                case NUMBER -> cursor.number(i);
                case TEXT -> cursor.text(i);
                case FLAG -> cursor.flag(i);
            };
            parameters.put(name, value instanceof LocalDate date ? java.sql.Date.valueOf(date) : value);
            names.add(name);
        }
        return names;
    }
}
