package org.claimtrail.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.claimtrail.testapp.DatabaseRows;
import org.claimtrail.testdb.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * What every upgrade must keep, checked on a database an earlier release wrote through its forms
 * against the same database as that release left it: every row of every table, column for column,
 * except what a seed correction made (only where the seed's value was still there), what a
 * migration adds (history, corrections, derived read models) and the few things earlier releases
 * removed on purpose.
 */
final class UpgradeChecks {

    /** Kept by the application or rebuilt by the database, never typed by an editor. */
    static final Set<String> DERIVED_TABLES = Set.of(
            "flyway_schema_history",
            "content_version",
            "timeline_entry",
            "spring_session",
            "spring_session_attributes",
            "sign_in_failure",
            "sign_in_account_failure");
    /** Tables migrations only add rows to: the history, the corrections log, the seed corrections. */
    static final Set<String> APPEND_ONLY = Set.of("revision", "correction", "seed_correction");
    /** Columns the database keeps from others (the search index). */
    static final Set<String> DERIVED_COLUMNS = Set.of("claim.search_vector");

    private UpgradeChecks() {}

    static JdbcTemplate asRestored(Class<?> test) {
        Map<String, String> restored = TestDatabase.get().asRestored(test.getName());
        return new JdbcTemplate(new SingleConnectionDataSource(
                restored.get("spring.datasource.url"),
                restored.get("spring.datasource.username"),
                restored.get("spring.datasource.password"),
                true));
    }

    /**
     * Every row the earlier release left is still there with the values it had, but where an applied
     * seed correction set a column (and moved the row's version) or deleted the row; new rows only
     * in the history, the corrections and {@code addedRowsAllowed}. {@code removedOnPurpose} names
     * tables an earlier migration dropped by design (V7, V11).
     */
    static void everyRowIsAsTheEarlierReleaseLeftIt(
            JdbcTemplate before,
            JdbcTemplate after,
            Set<String> removedOnPurpose,
            Map<String, Set<String>> addedRowsAllowed) {
        DatabaseRows old = DatabaseRows.of(before);
        DatabaseRows now = DatabaseRows.of(after);
        Set<String> applied = Set.copyOf(after.queryForList("""
                select table_name || '|' || row_id || '|' || coalesce(column_name, '*') from seed_correction
                where outcome = 'APPLIED' and (column_name is null or new_value is distinct from seed_value)""", String.class));
        List<String> differences = new ArrayList<>();
        old.tables().forEach((name, table) -> {
            if (DERIVED_TABLES.contains(name) || removedOnPurpose.contains(name)) {
                return;
            }
            DatabaseRows.Table upgraded = now.table(name);
            if (upgraded == null) {
                differences.add("table " + name + " is gone");
                return;
            }
            String auditedTable = name.endsWith("_aud") ? null : name;
            table.rows().forEach((key, row) -> {
                Map<String, String> upgradedRow = upgraded.rows().get(key);
                boolean corrected = auditedTable != null
                        && applied.stream().anyMatch(a -> a.startsWith(auditedTable + "|" + key + "|"));
                if (upgradedRow == null) {
                    if (!applied.contains(name + "|" + key + "|*")) {
                        differences.add(name + " row " + key + " is gone");
                    }
                    return;
                }
                row.forEach((column, value) -> {
                    String newValue = upgradedRow.get(column);
                    boolean expected = DERIVED_COLUMNS.contains(name + "." + column)
                            || applied.contains(name + "|" + key + "|" + column)
                            || (corrected && column.equals("version"));
                    if (!expected && !Objects.equals(value, newValue)) {
                        differences.add(name + " row " + key + " column " + column + ": " + value + " → " + newValue);
                    }
                });
            });
            if (!APPEND_ONLY.contains(name) && !name.endsWith("_aud")) {
                upgraded.rows().keySet().stream()
                        .filter(key -> !table.rows().containsKey(key))
                        .filter(key ->
                                !addedRowsAllowed.getOrDefault(name, Set.of()).contains(key))
                        .forEach(key -> differences.add(name + " row " + key + " is new"));
            }
        });
        assertThat(differences)
                .as("what the upgrade changed that no applied seed correction explains")
                .isEmpty();
    }

    /**
     * Each fix the upgrade made found every row it touches holding the seed's value (in the database
     * as the earlier release left it); each fix it skipped did not, or carries the migration's note
     * why; and every skipped row records what it held, as the earlier release left it.
     */
    static void eachFixWasMadeExactlyWhereTheSeedsValueWasStillThere(
            JdbcTemplate before, JdbcTemplate after, String migration) {
        List<String> wrong = new ArrayList<>();
        after.query(
                "select fix, outcome, table_name, row_id, column_name, seed_value, found_value from seed_correction "
                        + "where migration = ? order by id",
                rs -> {
                    String column = rs.getString("column_name");
                    if (column != null
                            && !before.queryForObject(
                                    "select count(*) > 0 from information_schema.columns "
                                            + "where table_name = ? and column_name = ?",
                                    Boolean.class,
                                    rs.getString("table_name"),
                                    column)) {
                        return; // a column the upgrade itself adds: it holds its default, which the fix names as the
                        // seed's
                    }
                    List<String> was = before.queryForList(
                            "select to_jsonb(t) ->> ? from " + rs.getString("table_name") + " t where t.id = ?",
                            String.class,
                            column == null ? "id" : column,
                            rs.getLong("row_id"));
                    boolean heldSeed = !was.isEmpty()
                            && (column == null || Objects.equals(was.get(0), rs.getString("seed_value")));
                    if (rs.getString("outcome").equals("APPLIED") && !heldSeed) {
                        wrong.add(rs.getString("fix") + ": made although " + column + " held " + was);
                    }
                    if (column != null && !was.isEmpty() && !Objects.equals(rs.getString("found_value"), was.get(0))) {
                        wrong.add(rs.getString("fix") + ": recorded " + rs.getString("found_value") + " where " + column
                                + " held " + was);
                    }
                },
                migration);
        List<String> skippedWithoutCause = after.queryForList("""
                select fix from seed_correction where migration = ? and outcome = 'SKIPPED'
                group by fix
                having bool_and(row_found and note is null
                                and (column_name is null or found_value is not distinct from seed_value))""", String.class, migration);
        assertThat(wrong).isEmpty();
        assertThat(skippedWithoutCause)
                .as("fixes skipped although every row still held the seed's values")
                .isEmpty();
    }

    /** The corrections log gained one entry per fix made, with that fix's words, and nothing else. */
    static void theNewCorrectionsAreTheFixesMade(JdbcTemplate before, JdbcTemplate after) {
        long earlierCorrections = before.queryForObject(
                                "select count(*) from information_schema.tables where table_name = 'correction'",
                                Long.class)
                        == 0
                ? 0
                : before.queryForObject("select coalesce(max(id), 0) from correction", Long.class);
        List<String> added = after.queryForList(
                "select coalesce(claim_id::text, '-') || ' ' || subject || ' / ' || reason "
                        + "from correction where id > ? order by id",
                String.class,
                earlierCorrections);
        List<String> made = after.queryForList("""
                select coalesce(min(claim_id)::text, '-') || ' ' || min(subject) || ' / ' || min(reason)
                from seed_correction where outcome = 'APPLIED' group by migration, fix order by min(id)""", String.class);
        assertThat(added).containsExactlyElementsOf(made);
    }

    static void theSchemaOnlyGrew(JdbcTemplate before, JdbcTemplate jdbc) {
        DatabaseRows old = DatabaseRows.of(before);
        DatabaseRows now = DatabaseRows.of(jdbc);
        List<String> lost = new ArrayList<>();
        old.tables()
                .forEach((name, table) -> table.columns().forEach((column, type) -> {
                    DatabaseRows.Table upgraded = now.table(name);
                    String newType =
                            upgraded == null ? null : upgraded.columns().get(column);
                    if (!type.equals(newType)) {
                        lost.add(name + "." + column + ": " + type + " → " + newType);
                    }
                }));
        now.tables().forEach((name, table) -> {
            DatabaseRows.Table earlier = old.table(name);
            if (earlier != null) {
                table.columns().forEach((column, type) -> {
                    if (!earlier.columns().containsKey(column)
                            && type.endsWith("not null")
                            && !hasDefault(jdbc, name, column)) {
                        lost.add(name + "." + column + " is new, required and has no default");
                    }
                });
            }
        });
        assertThat(lost).isEmpty();
    }

    /** Whether the database fills the column when an insert leaves it out: a default, an identity, or generated. */
    private static boolean hasDefault(JdbcTemplate jdbc, String table, String column) {
        return jdbc.queryForObject(
                "select column_default is not null or is_identity = 'YES' or is_generated = 'ALWAYS' "
                        + "from information_schema.columns "
                        + "where table_schema = 'public' and table_name = ? and column_name = ?",
                Boolean.class,
                table,
                column);
    }
}
