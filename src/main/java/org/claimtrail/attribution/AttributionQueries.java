package org.claimtrail.attribution;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.claimtrail.claim.StanceGroup;
import org.claimtrail.database.ReaderTransaction;
import org.claimtrail.form.Choices;
import org.claimtrail.form.TextSearch;
import org.claimtrail.paging.Cursor;
import org.claimtrail.paging.Keyset;
import org.claimtrail.paging.PageRequest;
import org.claimtrail.paging.Window;
import org.claimtrail.site.NotFound;
import org.springframework.stereotype.Service;

/** What pages and the API read of attributions: a claim's groups, an actor's words, a source's. */
@Service
@ReaderTransaction
public class AttributionQueries {

    /** Keysets of the attribution lists, for the callers' page parameters. */
    public static final Keyset STATEMENTS_ORDER = AttributionReadSql.BY_ATTRIBUTION_NEWEST;

    public static final Keyset SOURCE_ORDER = AttributionReadSql.BY_SOURCE_ORDER;
    public static final Keyset ATTRIBUTION_ORDER = AttributionReadSql.BY_ATTRIBUTION;

    private final AttributionReadSql sql;

    AttributionQueries(AttributionReadSql sql) {
        this.sql = sql;
    }

    /** The first rows of each stance group of a claim, with each group's total: two statements. */
    public AttributionGroups groupsOf(long claimId) {
        Map<StanceGroup, Long> totals = sql.groupTotals(claimId);
        Map<StanceGroup, List<AttributionRow>> first =
                sql.firstOfEachGroup(claimId, AttributionGroups.FIRST_ROWS).stream()
                        .collect(Collectors.groupingBy(
                                AttributionRow::group, () -> new EnumMap<>(StanceGroup.class), Collectors.toList()));
        Map<StanceGroup, AttributionGroups.Group> groups = new EnumMap<>(StanceGroup.class);
        for (StanceGroup group : StanceGroup.values()) {
            groups.put(group, new AttributionGroups.Group(first.getOrDefault(group, List.of()), totals.get(group)));
        }
        return new AttributionGroups(groups);
    }

    /** How many attributions each stance group of a claim has. */
    public Map<StanceGroup, Long> groupTotals(long claimId) {
        return sql.groupTotals(claimId);
    }

    /** A page of one stance group's attributions of a claim. */
    public Window<AttributionRow> attributions(long claimId, StanceGroup group, PageRequest page) {
        return Window.of(sql.groupPage(claimId, group, page), page, a -> Cursor.of(a.id()));
    }

    public Optional<AttributionRow> attribution(long id) {
        return sql.attribution(id);
    }

    /** {@link #attribution}, or the site's 404. */
    public AttributionRow load(long id) {
        return attribution(id).orElseThrow(() -> NotFound.attribution(id));
    }

    /** What the actor said in their own words (quoted), newest first. */
    public Window<AttributionRow> statementsBy(long actorId, PageRequest page) {
        return Window.of(sql.statementsBy(actorId, Wording.OWN, page), page, a -> Cursor.of(a.id()));
    }

    /** What sources report the actor said or did, in the sources' words, newest first. */
    public Window<AttributionRow> reportedOf(long actorId, PageRequest page) {
        return Window.of(sql.statementsBy(actorId, Wording.SOURCE, page), page, a -> Cursor.of(a.id()));
    }

    /** A page of the attributions a source carries. */
    public Window<AttributionRow> attributionsIn(long sourceId, PageRequest page) {
        return Window.of(sql.attributionsIn(sourceId, page), page, a -> Cursor.of(a.claimId(), a.id()));
    }

    /**
     * A relay picker's choices: the origin chosen, then the claim's other origins (attributions
     * that relay nothing), those whose "publisher: speaker" contains what was typed, or else the
     * first. A claim with thousands of attributions offers a few, as every picker does.
     */
    Choices relayChoices(long claimId, Long exceptId, Long chosenId, String typed) {
        return Choices.offer(
                "origins of this claim",
                chosenId,
                typed,
                id -> sql.relayable(claimId, id),
                text -> sql.origins(claimId, exceptId, TextSearch.pattern(text), Choices.OFFERED + 1),
                () -> sql.origins(claimId, exceptId, null, Choices.OFFERED));
    }
}
