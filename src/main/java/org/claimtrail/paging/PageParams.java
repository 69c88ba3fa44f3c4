package org.claimtrail.paging;

import java.util.List;

/**
 * The three paging parameters every list page takes ({@code after}, {@code before}, {@code last}),
 * bound from the query string by Spring MVC as one handler argument, so that no handler spells
 * them out again. Read into a {@link PageRequest} with {@link #read}.
 */
public record PageParams(String after, String before, String last) {

    /** The page asked for, or the first page with a problem reported (see {@link PageParameters#read}). */
    public PageRequest read(int size, Keyset keyset, List<ParameterProblem> problems) {
        return PageParameters.read(after, before, last, size, keyset, problems);
    }
}
