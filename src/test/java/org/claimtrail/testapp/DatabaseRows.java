package org.claimtrail.testapp;

import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every row of every table of a database, as text, keyed by primary key: what an upgrade test
 * compares before and after the upgrade, so that any change it did not expect, in any table,
 * column or row, fails it.
 */
public record DatabaseRows(Map<String, Table> tables) {

    /** A table's columns (name → type) and rows (primary key → column → value as text). */
    public record Table(Map<String, String> columns, Map<String, Map<String, String>> rows) {}

    public static DatabaseRows of(JdbcTemplate db) {
        Map<String, Table> tables = new TreeMap<>();
        for (String table : db.queryForList(
                "select table_name from information_schema.tables "
                        + "where table_schema = 'public' and table_type = 'BASE TABLE'",
                String.class)) {
            Map<String, String> columns = new LinkedHashMap<>();
            db.query(
                    "select column_name, data_type, is_nullable from information_schema.columns "
                            + "where table_schema = 'public' and table_name = ? order by ordinal_position",
                    rs -> {
                        columns.put(
                                rs.getString(1), rs.getString(2) + ("NO".equals(rs.getString(3)) ? " not null" : ""));
                    },
                    table);
            List<String> key = db.queryForList("""
                    select a.attname from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
                    where i.indrelid = ('public.' || quote_ident(?))::regclass and i.indisprimary order by a.attnum""", String.class, table);
            Map<String, Map<String, String>> rows = new TreeMap<>();
            db.query("select * from public." + table, rs -> {
                ResultSetMetaData meta = rs.getMetaData();
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnName(i), rs.getString(i));
                }
                List<String> keyValues = new ArrayList<>();
                for (String column : key.isEmpty() ? row.keySet() : key) {
                    keyValues.add(row.get(column));
                }
                rows.put(String.join("|", keyValues), row);
            });
            tables.put(table, new Table(columns, rows));
        }
        return new DatabaseRows(tables);
    }

    public Table table(String name) {
        return tables.get(name);
    }

    /** The value of one column of the row whose primary key is {@code id}, or null. */
    public String value(String table, long id, String column) {
        Map<String, String> row = tables.get(table).rows().get(String.valueOf(id));
        return row == null ? null : row.get(column);
    }
}
