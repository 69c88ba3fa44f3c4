package org.claimtrail.desk;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.claimtrail.claim.ClaimQueries;
import org.claimtrail.claim.ClaimRow;

/** The desk's lists pair their items (drafts, notes, work) with the claims they are about, so. */
final class DeskRows {

    private DeskRows() {}

    /** The claims of these ids, by id; a claim that is gone is absent. One statement. */
    static Map<Long, ClaimRow> byId(ClaimQueries claims, List<Long> ids) {
        return claims.rowsInOrder(ids.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(ClaimRow::id, Function.identity()));
    }

    /** Each item with the claim it is about, in the items' order; an item whose claim is gone is left out. */
    static <T, R> List<R> withClaims(
            ClaimQueries claims, List<T> items, Function<T, Long> claimId, BiFunction<T, ClaimRow, R> row) {
        Map<Long, ClaimRow> byId = byId(claims, items.stream().map(claimId).toList());
        return items.stream()
                .filter(item -> byId.containsKey(claimId.apply(item)))
                .map(item -> row.apply(item, byId.get(claimId.apply(item))))
                .toList();
    }
}
