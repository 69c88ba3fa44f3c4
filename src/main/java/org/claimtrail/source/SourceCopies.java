package org.claimtrail.source;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.claimtrail.form.StorableText;
import org.claimtrail.webpage.ReadableText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Saved copies of sources (V27 source_copy): one per source, replaced whole. */
@Service
public class SourceCopies {

    private final JdbcClient jdbc;
    private final Clock clock;

    SourceCopies(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<SourceCopy> of(Long sourceId) {
        if (sourceId == null) {
            return Optional.empty();
        }
        return jdbc.sql("select source_id, text, retrieved_at, saved_by, pasted from source_copy where source_id = :id")
                .param("id", sourceId)
                .query((rs, n) -> new SourceCopy(
                        rs.getLong("source_id"),
                        rs.getString("text"),
                        rs.getTimestamp("retrieved_at").toInstant(),
                        rs.getString("saved_by"),
                        rs.getBoolean("pasted")))
                .optional();
    }

    /** Keeps the text (bounded) as the source's copy, in place of any earlier one; false for blank text. */
    @Transactional
    public boolean save(long sourceId, String text, boolean pasted, String editor) {
        return save(sourceId, text, pasted, editor, Instant.now(clock));
    }

    /** As {@link #save(long, String, boolean, String)}, for text retrieved earlier, at {@code retrievedAt}. */
    @Transactional
    public boolean save(long sourceId, String text, boolean pasted, String editor, Instant retrievedAt) {
        // A page read is not a form: what it holds that HTML, XML and PostgreSQL cannot is dropped here.
        String kept = ReadableText.bounded(StorableText.clean(text));
        if (kept.isEmpty()) {
            return false;
        }
        jdbc.sql("""
                        insert into source_copy (source_id, text, retrieved_at, saved_by, pasted)
                        values (:id, :text, :at, :by, :pasted)
                        on conflict (source_id) do update
                        set text = excluded.text, retrieved_at = excluded.retrieved_at,
                            saved_by = excluded.saved_by, pasted = excluded.pasted""")
                .param("id", sourceId)
                .param("text", kept)
                .param("at", java.sql.Timestamp.from(retrievedAt))
                .param("by", editor)
                .param("pasted", pasted)
                .update();
        return true;
    }
}
