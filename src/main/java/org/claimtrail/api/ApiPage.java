package org.claimtrail.api;

import java.util.ArrayList;
import java.util.List;
import org.claimtrail.paging.Count;
import org.claimtrail.paging.Pager;
import org.claimtrail.paging.Window;

/**
 * One page of a list in the API: its items, and where it stands. {@code totalItems} is exact
 * up to a cap, beyond which {@code totalItemsCapped} is true and it says "at least this many".
 * The links are the Link header's (RFC 8288): first and last always, prev and next where there is
 * one; an empty list has a total of 0 and no prev or next.
 */
record ApiPage<T>(List<T> items, int size, long totalItems, boolean totalItemsCapped, Links links) {

    record Links(String first, String prev, String next, String last) {}

    /**
     * @param path  the list's path, such as /api/claims
     * @param query its filters (and size) as a query string, without a position
     */
    static <T, R> ApiPage<R> of(
            Window<T> window,
            java.util.function.Function<T, R> json,
            int size,
            Count total,
            String path,
            String query,
            String site) {
        Pager pager = Pager.withEnds(path, query, window);
        return new ApiPage<>(
                window.items().stream().map(json).toList(),
                size,
                total.value(),
                total.capped(),
                new Links(
                        site + pager.first(),
                        absolute(site, pager.previous()),
                        absolute(site, pager.next()),
                        site + pager.last()));
    }

    /** The Link header's value: the same links, each with its relation. */
    String linkHeader() {
        List<String> links = new ArrayList<>();
        add(links, this.links.first(), "first");
        add(links, this.links.prev(), "prev");
        add(links, this.links.next(), "next");
        add(links, this.links.last(), "last");
        return String.join(", ", links);
    }

    private static void add(List<String> links, String url, String relation) {
        if (url != null) {
            links.add("<" + url + ">; rel=\"" + relation + "\"");
        }
    }

    private static String absolute(String site, String link) {
        return link == null ? null : site + link;
    }
}
