package org.claimtrail.form;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.claimtrail.paging.Count;
import org.claimtrail.paging.Keyset;
import org.claimtrail.paging.PageParams;
import org.claimtrail.paging.PageRequest;
import org.claimtrail.paging.Pager;
import org.claimtrail.paging.ParameterProblem;
import org.claimtrail.paging.Window;
import org.springframework.web.util.UriComponentsBuilder;

/** One page of a searchable list (sources, actors) with what its template needs. */
public record ListPage<T>(Window<T> window, Count total, String q, Pager pager, List<ParameterProblem> problems) {

    /**
     * One page of a searchable list: the words cleaned, the paging parameters read against the
     * list's order (problems reported, not thrown), the rows, the capped count and the pager.
     */
    public static <T> ListPage<T> read(
            String path,
            String q,
            PageParams paging,
            int size,
            Keyset order,
            BiFunction<String, PageRequest, Window<T>> rows,
            Function<String, Count> count) {
        String words = TextSearch.clean(q);
        List<ParameterProblem> problems = new ArrayList<>();
        PageRequest page = paging.read(size, order, problems);
        Window<T> window = rows.apply(words, page);
        return new ListPage<>(
                window, count.apply(words), words, Pager.of(path, query(words), window, page.isFirst()), problems);
    }

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
        String query = UriComponentsBuilder.newInstance()
                .queryParam("q", words)
                .encode()
                .build()
                .getQuery();
        return query == null ? "" : query;
    }
}
