package org.claimtrail.web;

import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;

/** One page of a searchable list (sources, actors) with what its links need. */
public record ListPage<T>(List<T> items, long total, int page, int pageSize, String q) {

    public int totalPages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasNext() {
        return page < totalPages();
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    /** The query string for another page of the same search. */
    public String queryFor(int otherPage) {
        UriComponentsBuilder builder = UriComponentsBuilder.newInstance();
        if (q != null) {
            builder.queryParam("q", q);
        }
        if (otherPage > 1) {
            builder.queryParam("page", otherPage);
        }
        String query = builder.encode().build().getQuery();
        return query == null ? "" : query;
    }
}
