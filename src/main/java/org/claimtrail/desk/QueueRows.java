package org.claimtrail.desk;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimtrail.paging.Cursor;
import org.claimtrail.paging.Keyset;
import org.claimtrail.paging.PageRequest;
import org.claimtrail.paging.Window;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The desk's queue and what changed on an editor's claims, in SQL. Reads the claim table for a
 * claim's story (the queue's story filter), and the claims' and attributions' audit rows with
 * their revisions (what others changed since an editor last looked): for the desk's pages only.
 */
@Repository
class QueueRows {

    static final Keyset NEWEST_CLAIM = Keyset.descending(Keyset.number("w.claim_id"));

    /** What the queue is narrowed to; null for any. */
    record Filter(String state, String assignee, Long storyId) {

        boolean any() {
            return state != null || assignee != null || storyId != null;
        }
    }

    /** One change to an editor's claim by someone else: which claim, what, by whom, when. */
    record Change(long claimId, String what, String by, Instant at) {}

    private final JdbcClient jdbc;

    QueueRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Window<ClaimWork> queue(Filter filter, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        String condition = NEWEST_CLAIM.condition(page, params);
        return Window.of(
                jdbc.sql(WorkRows.WORK
                                + (filter.storyId() == null ? "" : " join claim c on c.id = w.claim_id")
                                + " where " + where + " and " + condition + " order by " + NEWEST_CLAIM.orderBy(page)
                                + " limit " + NEWEST_CLAIM.limit(page))
                        .params(params)
                        .query(WorkRows::work)
                        .list(),
                page,
                w -> Cursor.of(w.claimId()));
    }

    /** How many claims of the queue are in each state, the other filters applied: one row per state. */
    Map<String, Long> countsByState(Filter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = where(new Filter(null, filter.assignee(), filter.storyId()), params);
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select w.state, count(*) as total from claim_work w"
                        + (filter.storyId() == null ? "" : " join claim c on c.id = w.claim_id") + " where " + where
                        + " group by w.state")
                .params(params)
                .query(rs -> {
                    counts.put(rs.getString("state"), rs.getLong("total"));
                });
        return counts;
    }

    /** When the editor last looked at My desk, and from now on: now. */
    Optional<Instant> visit(String editor, Instant now) {
        Optional<Instant> before = jdbc.sql("select seen_at from desk_visit where username = :editor")
                .param("editor", editor)
                .query((rs, n) -> rs.getTimestamp("seen_at").toInstant())
                .optional();
        jdbc.sql("""
                        insert into desk_visit (username, seen_at) values (:editor, :now)
                        on conflict (username) do update set seen_at = excluded.seen_at""").param("editor", editor).param("now", Timestamp.from(now)).update();
        return before;
    }

    /**
     * What others did to the claims assigned to the editor since {@code since}, newest first, at
     * most {@code limit}: the claim edited, its attributions added or changed, its desk work
     * moved, a note written. Only editors' revisions count: a migration's (the seed's correction,
     * by "seed correction (V18)") is nobody's work on the claim. Read off the claims assigned
     * (claim_work_assignee_idx) first.
     */
    List<Change> changesSince(String editor, Instant since, int limit) {
        return jdbc.sql("""
                        with mine as (select claim_id from claim_work where assignee = :editor)
                        select * from (
                          select ca.id as claim_id, 'edited the claim' as what, r.username as by, to_timestamp(r.timestamp / 1000.0) as at
                            from claim_aud ca join revision r on r.id = ca.rev
                           where ca.id in (select claim_id from mine) and ca.revtype = 1
                             and r.timestamp > :sinceMillis and r.username <> :editor
                             and r.username in (select username from account)
                          union all
                          select aa.claim_id, case aa.revtype when 0 then 'added an attribution' when 1 then 'changed an attribution'
                                 else 'deleted an attribution' end, r.username, to_timestamp(r.timestamp / 1000.0)
                            from attribution_aud aa join revision r on r.id = aa.rev
                           where aa.claim_id in (select claim_id from mine)
                             and r.timestamp > :sinceMillis and r.username <> :editor
                             and r.username in (select username from account)
                          union all
                          select e.claim_id, 'moved the desk work to ' || coalesce(s.label, e.state)
                                 || coalesce(' for ' || e.assignee, ''), e.changed_by, e.changed_at
                            from claim_work_event e left join work_state s on s.code = e.state
                           where e.claim_id in (select claim_id from mine) and e.changed_at > :since and e.changed_by <> :editor
                          union all
                          select n.claim_id, 'wrote a note', n.author, n.written_at
                            from desk_note n
                           where n.claim_id in (select claim_id from mine) and n.written_at > :since and n.author <> :editor
                        ) changes order by at desc limit :limit""")
                .param("editor", editor)
                .param("since", Timestamp.from(since))
                .param("sinceMillis", since.toEpochMilli())
                .param("limit", limit)
                .query((rs, n) -> new Change(
                        rs.getLong("claim_id"),
                        rs.getString("what"),
                        rs.getString("by"),
                        rs.getTimestamp("at").toInstant()))
                .list();
    }

    private static String where(Filter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("true");
        if (filter.state() != null) {
            where.append(" and w.state = :state");
            params.put("state", filter.state());
        }
        if (filter.assignee() != null) {
            where.append(" and w.assignee = :assignee");
            params.put("assignee", filter.assignee());
        }
        if (filter.storyId() != null) {
            where.append(" and c.story_id = :story");
            params.put("story", filter.storyId());
        }
        return where.toString();
    }
}
