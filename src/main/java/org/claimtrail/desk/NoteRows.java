package org.claimtrail.desk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The desk_note table: the desk's own, read and written only here. */
@Repository
class NoteRows {

    private static final String COLUMNS =
            "select id, claim_id, attribution_id, source_id, body, author, written_at, edited_at, version from desk_note";

    private final JdbcClient jdbc;

    NoteRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A claim's newest notes, at most {@code limit} of them. */
    List<DeskNote> ofClaim(long claimId, int limit) {
        return jdbc.sql(COLUMNS + " where claim_id = :claim order by id desc limit :limit")
                .param("claim", claimId)
                .param("limit", limit)
                .query(NoteRows::note)
                .list();
    }

    long countOfClaim(long claimId) {
        return jdbc.sql("select count(*) from desk_note where claim_id = :claim")
                .param("claim", claimId)
                .query(Long.class)
                .single();
    }

    /** An attribution's or a source's newest notes, at most {@code limit} of them. */
    List<DeskNote> of(NoteTarget target, long id, int limit) {
        return jdbc.sql(COLUMNS + " where " + target.column() + " = :id order by id desc limit :limit")
                .param("id", id)
                .param("limit", limit)
                .query(NoteRows::note)
                .list();
    }

    /** The desk's newest notes, on claims, attributions and sources, at most {@code limit}. */
    List<DeskNote> newest(int limit) {
        return jdbc.sql(COLUMNS + " order by id desc limit :limit")
                .param("limit", limit)
                .query(NoteRows::note)
                .list();
    }

    Optional<DeskNote> byId(long id) {
        return jdbc.sql(COLUMNS + " where id = :id")
                .param("id", id)
                .query(NoteRows::note)
                .optional();
    }

    void insert(NoteTarget target, long itemId, String body, String author, Instant at) {
        jdbc.sql("insert into desk_note (" + target.column() + ", body, author, written_at) values (:item, :body,"
                        + " :author, :at)")
                .param("item", itemId)
                .param("body", body)
                .param("author", author)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** Saves new words if the note is still the version read and the editor wrote it; how many rows changed. */
    int update(long id, String body, String author, long readVersion, Instant at) {
        return jdbc.sql("""
                        update desk_note set body = :body, edited_at = :at, version = version + 1
                        where id = :id and author = :author and version = :version""")
                .param("id", id)
                .param("body", body)
                .param("author", author)
                .param("version", readVersion)
                .param("at", Timestamp.from(at))
                .update();
    }

    private static DeskNote note(ResultSet rs, int row) throws SQLException {
        Timestamp edited = rs.getTimestamp("edited_at");
        return new DeskNote(
                rs.getLong("id"),
                rs.getLong("claim_id"),
                (Long) rs.getObject("attribution_id"),
                (Long) rs.getObject("source_id"),
                rs.getString("body"),
                rs.getString("author"),
                rs.getTimestamp("written_at").toInstant(),
                edited == null ? null : edited.toInstant(),
                rs.getLong("version"));
    }
}
