package org.claimtrail.claim;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.claimtrail.database.ReaderTransaction;
import org.claimtrail.paging.Count;
import org.claimtrail.paging.Cursor;
import org.claimtrail.paging.Keyset;
import org.claimtrail.paging.PageRequest;
import org.claimtrail.paging.Window;
import org.claimtrail.site.NotFound;
import org.springframework.stereotype.Service;

/**
 * The claim module's read side: projections shaped for each page, a bounded number of rows and
 * a fixed number of statements whatever the data. Entities are for editing only.
 */
@Service
@ReaderTransaction
public class ClaimQueries {

    /**
     * The orders of the lists this module reads, for reading their cursors: a story's claims as
     * added and by the event's date (undated last), an actor's statements, and so on.
     */
    public static final Keyset STORY_ORDER = ClaimReadSql.BY_CLAIM;

    public static final Keyset STORY_DATE_ORDER = ClaimReadSql.BY_EVENT_DATE;
    public static final Keyset SUBJECT_ORDER = ClaimReadSql.BY_SUBJECT_NEWEST;

    private final ClaimReadSql sql;

    ClaimQueries(ClaimReadSql sql) {
        this.sql = sql;
    }

    public Optional<ClaimView> claim(String slug) {
        return sql.claim(slug);
    }

    /** The claim at this slug; the site's 404 if there is none. Every claim page loads through here. */
    public ClaimView load(String slug) {
        return claim(slug).orElseThrow(() -> NotFound.claim(slug));
    }

    /** {@link #claimPage}, or the site's 404. */
    public ClaimPageView loadPage(String slug) {
        return claimPage(slug).orElseThrow(() -> NotFound.claim(slug));
    }

    /** A claim's page: the claim, whom it is about and its sourcing summary (sections add the rest). */
    public Optional<ClaimPageView> claimPage(String slug) {
        return sql.claim(slug)
                .map(claim -> new ClaimPageView(
                        claim,
                        sql.subjects(claim.id(), 100),
                        sql.summaries(List.of(claim.id())).getOrDefault(claim.id(), SourcingSummary.NONE)));
    }

    /** A page of a story's claims, as added or by date, with their sourcing summaries. */
    public Window<ClaimRow> claimsOf(long storyId, boolean byDate, PageRequest page) {
        if (byDate) {
            return withSummaries(Window.of(
                    sql.storyClaims(storyId, STORY_DATE_ORDER, page), page, c -> Cursor.of(c.sortDate(), c.id())));
        }
        return withSummaries(Window.of(sql.storyClaims(storyId, STORY_ORDER, page), page, c -> Cursor.of(c.id())));
    }

    /**
     * Who says what of each claim, for a list: per claim, the stance verbs with up to {@code perStance}
     * speakers each ("asserts: The Wall Street Journal's sources; denies: Dmitry Peskov").
     */
    public Map<Long, List<ClaimVoices>> voicesOf(List<Long> claimIds, int perStance) {
        return sql.voices(claimIds, perStance);
    }

    /** How many attributions a claim has, withdrawn ones too: what its deletion would take with it. */
    public long attributionCount(long claimId) {
        return sql.attributionCount(claimId);
    }

    /** How many links a claim has, either way: what its deletion would take with it. */
    public long linkCount(long claimId) {
        return sql.linkCount(claimId);
    }

    public Count claimCountOf(long storyId) {
        return Count.of(sql.storyClaimCount(storyId));
    }

    /** A page of the claims about an actor, newest first. */
    public Window<ClaimRow> claimsAbout(long actorId, PageRequest page) {
        return withSummaries(Window.of(sql.claimsAbout(actorId, page), page, c -> Cursor.of(c.id())));
    }

    /** Rows for claim ids in the given order, with summaries: for search results. */
    public List<ClaimRow> rowsInOrder(List<Long> ids) {
        Map<Long, ClaimRow> byId =
                sql.claimRows(ids).stream().collect(Collectors.toMap(ClaimRow::id, Function.identity()));
        Map<Long, SourcingSummary> summaries = sql.summaries(ids);
        return ids.stream()
                .map(byId::get)
                .filter(java.util.Objects::nonNull)
                .map(row -> row.withSummary(summaries.getOrDefault(row.id(), SourcingSummary.NONE)))
                .toList();
    }

    private Window<ClaimRow> withSummaries(Window<ClaimRow> window) {
        Map<Long, SourcingSummary> summaries =
                sql.summaries(window.items().stream().map(ClaimRow::id).toList());
        return window.map(row -> row.withSummary(summaries.getOrDefault(row.id(), SourcingSummary.NONE)));
    }
}
