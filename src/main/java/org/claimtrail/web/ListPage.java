package org.claimtrail.web;

import org.claimtrail.paging.Count;
import org.claimtrail.paging.Pager;
import org.claimtrail.paging.ParameterProblem;
import org.claimtrail.paging.Window;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;

/** One page of a searchable list (sources, actors) with what its template needs. */
public record ListPage<T>(Window<T> window, Count total, String q, Pager pager, List<ParameterProblem> problems) {

    public List<T> items() {
        return window.items();
    }

    public List<String> notices() {
        return problems.stream().map(ParameterProblem::message).toList();
    }

    /** The search as a query string, for the pager's links. */
    static String query(String words) {
        if (words == null) {
            return "";
        }
        String query = UriComponentsBuilder.newInstance().queryParam("q", words).encode().build().getQuery();
        return query == null ? "" : query;
    }
}
