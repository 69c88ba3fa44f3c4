package org.claimtrail.paging;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links that page through a list: first, previous, next and last, each the list's own
 * address with its filters and a position. A link is null where there is nowhere to go.
 */
public record Pager(String first, String previous, String next, String last) {

    /**
     * @param path   the list's path, such as /claims
     * @param query  the list's filters as a query string, without any position ("" for none)
     * @param window the page shown
     * @param atStart whether it is the first page (no cursor, not "last")
     */
    public static Pager of(String path, String query, Window<?> window, boolean atStart) {
        String base = path + (query == null || query.isEmpty() ? "" : "?" + query);
        return new Pager(
                atStart ? null : base,
                window.hasPrevious() ? with(base, "before", window.firstKey().toString()) : null,
                window.hasNext() ? with(base, "after", window.lastKey().toString()) : null,
                window.hasNext() ? with(base, "last", "true") : null);
    }

    /**
     * The same, with first and last always given (the first page links to itself): what an API
     * client follows, which cannot see that it is already at an end.
     */
    public static Pager withEnds(String path, String query, Window<?> window) {
        String base = path + (query == null || query.isEmpty() ? "" : "?" + query);
        Pager pager = of(path, query, window, false);
        return new Pager(base, pager.previous(), pager.next(), with(base, "last", "true"));
    }

    public boolean isNeeded() {
        return first != null || previous != null || next != null || last != null;
    }

    private static String with(String base, String name, String value) {
        return UriComponentsBuilder.fromUriString(base)
                .queryParam(name, value)
                .build()
                .toUriString();
    }
}
