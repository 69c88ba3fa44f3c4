package org.claimtrail.database;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Table;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.claimtrail.testdb.TestDatabase;
import org.flywaydb.core.Flyway;
import org.hibernate.envers.Audited;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The schema's checklist, checked instead of remembered. A table readers see needs a
 * content-version trigger (forget it and cached pages, ETags and Last-Modified stay stale after a
 * change) and an audit table (forget it and its history is lost). A new table fails here until it
 * has both, or is named below with the reason it needs neither.
 */
class SchemaChecklistTest {

    /** Tables no reader's page, export, feed or API answer is made from, and why. */
    static final Map<String, String> NOT_READ_BY_READERS = Map.ofEntries(
            entry("account", "editors' accounts: only the admin pages show them"),
            entry("sign_in_failure", "sign-in bookkeeping"),
            entry("sign_in_account_failure", "sign-in bookkeeping"),
            entry("spring_session", "sessions"),
            entry("spring_session_attributes", "sessions"),
            entry("flyway_schema_history", "migrations"),
            entry("content_version", "the version itself"),
            entry("seed_correction", "the upgrade's record of seed fixes, shown on the admins' upgrade review"),
            entry("desk_note", "the desk's internal notes: editors only, never in anything a reader is sent"),
            entry("work_state", "the desk's own work states: editors only"),
            entry("claim_work", "where the desk's checking of a claim stands, and who has it: editors only"),
            entry("claim_work_event", "who moved a claim's checking, and when: editors only"),
            entry("desk_visit", "when each editor last looked at My desk: editors only, their own"),
            entry(
                    "timeline_entry",
                    "derived from claims, attributions and sources by triggers; those tables move the version"),
            entry(
                    "claim_sourcing",
                    "kept summaries, derived from attributions, sources and actors, which move the version; "
                            + "a page reads one only when it equals what the rule computes"),
            entry("claim_sourcing_stale", "which kept summaries to compute again: bookkeeping"));

    /** Tables readers see whose changes are not kept as revisions, and why. */
    static final Map<String, String> NOT_AUDITED = Map.ofEntries(
            entry("revision", "the revisions themselves"),
            entry(
                    "source_copy",
                    "a page's text as retrieved, replaced whole: its retrieval time and who saved it are its history"),
            entry("correction", "a public log that is only appended to: it is its own history"),
            entry("verdict", "only a published change reaches readers, and each is a correction with its reason"));

    private static JdbcTemplate jdbc;

    @BeforeAll
    static void migrate() {
        Map<String, String> database = TestDatabase.get().isolatedProperties("schema checklist");
        String url = database.get("spring.datasource.url");
        String user = database.get("spring.datasource.username");
        String password = database.get("spring.datasource.password");
        Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        jdbc = new JdbcTemplate(new SingleConnectionDataSource(url, user, password, true));
    }

    @Test
    void everyTableReadersSeeMovesTheContentVersion() {
        Set<String> withoutTrigger = new TreeSet<>(readerTables());
        withoutTrigger.removeAll(jdbc.queryForList("""
                select distinct c.relname from pg_trigger t
                join pg_class c on c.oid = t.tgrelid join pg_proc p on p.oid = t.tgfoid
                where p.proname = 'content_version_bump' and not t.tgisinternal""", String.class));
        System.out.println("[schema] " + readerTables().size() + " tables readers see: " + readerTables());

        assertThat(withoutTrigger)
                .as("tables readers see without a content-version trigger (or add them to "
                        + "NOT_READ_BY_READERS with the reason)")
                .isEmpty();
    }

    @Test
    void everyTableReadersSeeKeepsItsHistory() {
        Set<String> tables = tables();
        Set<String> withoutAudit = new TreeSet<>();
        for (String table : readerTables()) {
            if (!tables.contains(table + "_aud") && !NOT_AUDITED.containsKey(table)) {
                withoutAudit.add(table);
            }
        }
        assertThat(withoutAudit)
                .as("tables readers see without an audit table (or add them to NOT_AUDITED with " + "the reason)")
                .isEmpty();
        assertThat(auditedEntityTables())
                .as("each audited entity's table")
                .isNotEmpty()
                .allSatisfy(table -> assertThat(tables).as(table + "_aud").contains(table + "_aud"));
        assertThat(NOT_AUDITED.keySet())
                .as("excused tables that exist")
                .allSatisfy(t -> assertThat(tables).contains(t));
        assertThat(NOT_READ_BY_READERS.keySet())
                .as("excused tables that exist")
                .allSatisfy(t -> assertThat(tables).contains(t));
    }

    private static Set<String> readerTables() {
        Set<String> readers = new TreeSet<>(tables());
        readers.removeIf(table -> table.endsWith("_aud") || NOT_READ_BY_READERS.containsKey(table));
        return readers;
    }

    private static Set<String> tables() {
        return new TreeSet<>(jdbc.queryForList(
                "select table_name from information_schema.tables "
                        + "where table_schema = current_schema() and table_type = 'BASE TABLE'",
                String.class));
    }

    private static Set<String> auditedEntityTables() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Audited.class));
        Set<String> tables = new TreeSet<>();
        for (BeanDefinition entity : scanner.findCandidateComponents("org.claimtrail")) {
            try {
                Table table = Class.forName(entity.getBeanClassName()).getAnnotation(Table.class);
                tables.add(table.name());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return tables;
    }
}
