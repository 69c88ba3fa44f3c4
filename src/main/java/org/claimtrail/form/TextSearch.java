package org.claimtrail.form;

import java.util.Locale;

/**
 * A simple "contains" search for list pages: the reader's text, cleaned, as a LIKE pattern with
 * its own % and _ taken literally (escape character: backslash).
 */
public final class TextSearch {

    public static final int MAX_LENGTH = 200;

    private TextSearch() {}

    /** The cleaned text a reader searched for, or null. */
    public static String clean(String text) {
        return clean(text, MAX_LENGTH);
    }

    /**
     * Trimmed, without control characters (PostgreSQL refuses NUL), cut to {@code maxLength};
     * blank is null.
     */
    public static String clean(String text, int maxLength) {
        if (text == null) {
            return null;
        }
        String cleaned = text.replaceAll("\\p{Cntrl}", " ").strip();
        cleaned = cleaned.length() > maxLength ? cleaned.substring(0, maxLength) : cleaned;
        return cleaned.isEmpty() ? null : cleaned;
    }

    /** "%text%" in lower case with LIKE's wildcards escaped, or null for no search. */
    public static String pattern(String text) {
        String cleaned = clean(text);
        if (cleaned == null) {
            return null;
        }
        String escaped = cleaned.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }

    /** "text%" in lower case with LIKE's wildcards escaped, or null for no search: what starts with the text. */
    public static String prefixPattern(String text) {
        String contains = pattern(text);
        return contains == null ? null : contains.substring(1);
    }

    /** Page numbers as readers type them: anything unreadable is page 1. */
    public static int page(String page) {
        try {
            return page == null ? 1 : Math.max(1, Math.min(Integer.parseInt(page.strip()), 10_000_000));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
