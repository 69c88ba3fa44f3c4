package org.claimtrail.upgrade;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimtrail.database.ReaderTransaction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seed corrections an upgrade left for review: each fix it did not make, with what an editor
 * saved instead, and each value an earlier upgrade replaced after an editor's change.
 */
@Service
@ReaderTransaction
public class UpgradeReview {

    /** One fix, or one row an earlier upgrade overwrote, with the columns it concerns. */
    public record Item(
            String migration,
            String fix,
            boolean overwritten,
            String label,
            String path,
            String subject,
            String reason,
            String note,
            List<Change> changes) {}

    /**
     * One column. {@code found} is what an editor had saved (for a skipped fix, what the row holds;
     * for an overwritten value, what the editor had before the earlier upgrade); {@code now} what it holds today.
     */
    public record Change(String column, String seed, String proposed, String found, String now, boolean rowFound) {}

    private static final String WAITING = "outcome in ('SKIPPED', 'OVERWRITTEN') and reviewed_at is null";

    private final JdbcClient jdbc;

    UpgradeReview(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long waitingCount() {
        return jdbc.sql("select count(distinct (migration, fix)) from seed_correction where " + WAITING)
                .query(Long.class)
                .single();
    }

    /** The oldest {@code limit} items waiting for review, each with its columns. */
    public List<Item> waiting(int limit) {
        Map<String, Item> items = new LinkedHashMap<>();
        jdbc.sql("""
                with item as (select migration, fix, min(id) as first from seed_correction where %s
                              group by migration, fix order by first limit :limit)
                select s.migration, s.fix, s.outcome, s.column_name, s.seed_value, s.new_value, s.found_value,
                       coalesce(s.row_found, false) as row_found, s.subject, s.reason, s.note,
                       case when s.column_name is not null and coalesce(s.row_found, false)
                            then seed_correction_value(s.table_name, s.row_id, s.column_name) end as now_value,
                       case s.table_name
                           when 'claim' then (select c.statement from claim c where c.id = s.row_id)
                           when 'actor' then (select a.name from actor a where a.id = s.row_id)
                           when 'source' then (select source_display_title(x.title, x.title_is_description)
                                               from source x where x.id = s.row_id)
                           when 'attribution' then 'An attribution on: ' || (select c.statement from claim c where c.id = s.claim_id)
                           else 'A link from: ' || (select c.statement from claim c where c.id = s.claim_id)
                       end as label,
                       case s.table_name
                           when 'claim' then (select '/claims/' || c.slug from claim c where c.id = s.row_id)
                           when 'actor' then (select '/actors/' || a.slug from actor a where a.id = s.row_id)
                           when 'source' then (select '/sources/' || x.id from source x where x.id = s.row_id)
                           when 'attribution' then (select '/attributions/' || a.id from attribution a where a.id = s.row_id)
                           else (select '/claims/' || c.slug from claim c where c.id = s.claim_id)
                       end as path
                from item i join seed_correction s on s.migration = i.migration and s.fix = i.fix
                order by i.first, s.id""".formatted(WAITING)).param("limit", limit).query(rs -> {
            Item item = items.computeIfAbsent(rs.getString("migration") + "\n" + rs.getString("fix"), key -> item(rs));
            if (rs.getString("column_name") != null || !rs.getBoolean("row_found")) {
                item.changes().add(change(rs));
            }
        });
        return List.copyOf(items.values());
    }

    /** Marks one item reviewed by an admin; false when it was not waiting (reviewed meanwhile). */
    @Transactional
    public boolean markReviewed(String migration, String fix, String admin) {
        return jdbc.sql("update seed_correction set reviewed_by = :admin, reviewed_at = now() "
                                + "where migration = :migration and fix = :fix and " + WAITING)
                        .param("admin", admin)
                        .param("migration", migration)
                        .param("fix", fix)
                        .update()
                > 0;
    }

    private static Item item(ResultSet rs) {
        try {
            return new Item(
                    rs.getString("migration"),
                    rs.getString("fix"),
                    "OVERWRITTEN".equals(rs.getString("outcome")),
                    rs.getString("label"),
                    rs.getString("path"),
                    rs.getString("subject"),
                    rs.getString("reason"),
                    rs.getString("note"),
                    new ArrayList<>());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Change change(ResultSet rs) throws SQLException {
        String column = rs.getString("column_name");
        return new Change(
                column == null ? "the whole item" : column.replace('_', ' '),
                rs.getString("seed_value"),
                rs.getString("new_value"),
                rs.getString("found_value"),
                rs.getString("now_value"),
                rs.getBoolean("row_found"));
    }
}
