package org.claimtrail.desk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimtrail.paging.Cursor;
import org.claimtrail.paging.Keyset;
import org.claimtrail.paging.PageRequest;
import org.claimtrail.paging.Window;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The work_state, claim_work and claim_work_event tables: the desk's own, read and written only here. */
@Repository
class WorkRows {

    /** Claims assigned to someone, newest claim first (read off claim_work_assignee_idx). */
    static final Keyset ASSIGNED = Keyset.descending(Keyset.number("w.claim_id"));

    /** A claim's work with its state's label; the queue (QueueRows) reads the same rows. */
    static final String WORK = """
            select w.claim_id, w.state, s.label as state_label, w.assignee, w.changed_by, w.changed_at, w.version
            from claim_work w join work_state s on s.code = w.state""";

    private final JdbcClient jdbc;

    WorkRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<WorkState> states() {
        return jdbc.sql("select code, label, position from work_state order by position")
                .query((rs, n) -> new WorkState(rs.getString("code"), rs.getString("label"), rs.getInt("position")))
                .list();
    }

    Optional<ClaimWork> of(long claimId) {
        return jdbc.sql(WORK + " where w.claim_id = :claim")
                .param("claim", claimId)
                .query(WorkRows::work)
                .optional();
    }

    /** The claim's row, locked until the transaction ends, so two moves at once are one after the other. */
    Optional<ClaimWork> lockedOf(long claimId) {
        return jdbc.sql(WORK + " where w.claim_id = :claim for update of w")
                .param("claim", claimId)
                .query(WorkRows::work)
                .optional();
    }

    Window<ClaimWork> assignedTo(String editor, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put("editor", editor);
        String condition = ASSIGNED.condition(page, params);
        return Window.of(
                jdbc.sql(WORK + " where w.assignee = :editor and " + condition + " order by " + ASSIGNED.orderBy(page)
                                + " limit " + ASSIGNED.limit(page))
                        .params(params)
                        .query(WorkRows::work)
                        .list(),
                page,
                w -> Cursor.of(w.claimId()));
    }

    long countAssignedTo(String editor) {
        return jdbc.sql("select count(*) from claim_work where assignee = :editor")
                .param("editor", editor)
                .query(Long.class)
                .single();
    }

    /** The claim's latest moves, newest first, at most {@code limit}. */
    List<WorkEvent> events(long claimId, int limit) {
        return jdbc.sql("""
                        select s.label as state_label, e.state, e.assignee, e.changed_by, e.changed_at
                        from claim_work_event e left join work_state s on s.code = e.state
                        where e.claim_id = :claim order by e.id desc limit :limit""")
                .param("claim", claimId)
                .param("limit", limit)
                .query((rs, n) -> new WorkEvent(
                        rs.getString("state_label") == null ? rs.getString("state") : rs.getString("state_label"),
                        rs.getString("assignee"),
                        rs.getString("changed_by"),
                        rs.getTimestamp("changed_at").toInstant()))
                .list();
    }

    void save(long claimId, String state, String assignee, String by, Instant at, boolean exists) {
        String sql = exists
                ? "update claim_work set state = :state, assignee = :assignee, changed_by = :by, changed_at = :at,"
                        + " version = version + 1 where claim_id = :claim"
                : "insert into claim_work (claim_id, state, assignee, changed_by, changed_at)"
                        + " values (:claim, :state, :assignee, :by, :at)";
        jdbc.sql(sql)
                .param("claim", claimId)
                .param("state", state)
                .param("assignee", assignee)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
        jdbc.sql("""
                        insert into claim_work_event (claim_id, state, assignee, changed_by, changed_at)
                        values (:claim, :state, :assignee, :by, :at)""")
                .param("claim", claimId)
                .param("state", state)
                .param("assignee", assignee)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
    }

    void addState(String code, String label, int position) {
        jdbc.sql("insert into work_state (code, label, position) values (:code, :label, :position)")
                .param("code", code)
                .param("label", label)
                .param("position", position)
                .update();
    }

    void changeState(String code, String label, int position) {
        jdbc.sql("update work_state set label = :label, position = :position where code = :code")
                .param("code", code)
                .param("label", label)
                .param("position", position)
                .update();
    }

    static ClaimWork work(ResultSet rs, int row) throws SQLException {
        return new ClaimWork(
                rs.getLong("claim_id"),
                rs.getString("state"),
                rs.getString("state_label"),
                rs.getString("assignee"),
                rs.getString("changed_by"),
                rs.getTimestamp("changed_at").toInstant(),
                rs.getLong("version"));
    }
}
