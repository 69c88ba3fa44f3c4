package org.claimtrail.api;

import org.claimtrail.paging.Count;
import org.claimtrail.paging.Pager;

import java.util.List;

/**
 * One page of a list in the API: its items, and where it stands. {@code totalItems} is exact
 * up to a cap, beyond which {@code totalItemsCapped} is true and it says "at least this many".
 * The same links as the Link header: first, prev, next and last, absent where there is none.
 */
record ApiPage<T>(List<T> items, int size, long totalItems, boolean totalItemsCapped, Links links) {

    record Links(String first, String prev, String next, String last) {
    }

    static <T> ApiPage<T> of(List<T> items, int size, Count total, Pager pager, String site) {
        return new ApiPage<>(items, size, total.value(), total.capped(), new Links(absolute(site, pager.first()),
                absolute(site, pager.previous()), absolute(site, pager.next()), absolute(site, pager.last())));
    }

    private static String absolute(String site, String link) {
        return link == null ? null : site + link;
    }
}
