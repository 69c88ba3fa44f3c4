package org.claimtrail.paging;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A position in a list: the sort key of one row, written for URLs. Dates and numbers stay
 * readable ({@code 2023-01-01~1234}), so a reader can also jump by editing one; text parts are
 * base64url. Parts are separated by {@code ~}, which none of them contains.
 */
public final class Cursor {

    /** Longer cursors are not ones this site wrote. */
    static final int MAX_LENGTH = 600;

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_.~-]+");

    private final List<String> parts;

    private Cursor(List<String> parts) {
        this.parts = List.copyOf(parts);
    }

    /** The cursor for a row's key values: dates, whole numbers, text or booleans. */
    public static Cursor of(Object... values) {
        List<String> parts = new ArrayList<>();
        for (Object value : values) {
            if (value instanceof LocalDate || value instanceof Number) {
                parts.add(value.toString());
            } else if (value instanceof Boolean flag) {
                parts.add(flag ? "1" : "0");
            } else if (value instanceof String text) {
                parts.add("t"
                        + Base64.getUrlEncoder()
                                .withoutPadding()
                                .encodeToString(text.getBytes(StandardCharsets.UTF_8)));
            } else {
                throw new IllegalArgumentException("Not a cursor value: " + value);
            }
        }
        return new Cursor(parts);
    }

    /** The cursor in a URL, or empty when it cannot be one (the caller says so to the reader). */
    public static Optional<Cursor> parse(String text) {
        if (text == null
                || text.isEmpty()
                || text.length() > MAX_LENGTH
                || !SAFE.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(new Cursor(List.of(text.split("~", -1))));
    }

    public int size() {
        return parts.size();
    }

    /**
     * A date PostgreSQL can hold (from 4713 BC, ISO year -4712) up to 9999: Java reads -5000-01-01
     * too, which was a 500.
     */
    LocalDate date(int index) {
        LocalDate date;
        try {
            date = LocalDate.parse(parts.get(index));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date");
        }
        if (date.getYear() < -4712 || date.getYear() > 9999) {
            throw new IllegalArgumentException("not a date PostgreSQL can hold");
        }
        return date;
    }

    long number(int index) {
        try {
            return Long.parseLong(parts.get(index));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number");
        }
    }

    String text(int index) {
        String part = parts.get(index);
        if (!part.startsWith("t")) {
            throw new IllegalArgumentException("not text");
        }
        String text = new String(Base64.getUrlDecoder().decode(part.substring(1)), StandardCharsets.UTF_8);
        // Only text this site could have written: no controls (PostgreSQL refuses NUL outright).
        if (text.chars().anyMatch(c -> c < 0x20)) {
            throw new IllegalArgumentException("not text");
        }
        return text;
    }

    boolean flag(int index) {
        return switch (parts.get(index)) {
            case "1" -> true;
            case "0" -> false;
            default -> throw new IllegalArgumentException("not a flag");
        };
    }

    @Override
    public String toString() {
        return String.join("~", parts);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cursor cursor && cursor.parts.equals(parts);
    }

    @Override
    public int hashCode() {
        return parts.hashCode();
    }
}
