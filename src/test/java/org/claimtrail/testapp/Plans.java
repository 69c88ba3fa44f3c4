package org.claimtrail.testapp;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * PostgreSQL's own account of a statement the application sent ({@link RecordedSql}): the same
 * SQL with the same parameters, run under EXPLAIN ANALYZE, and how many rows its scans read.
 */
public final class Plans {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Plans() {}

    /** The plan of a statement as run, in PostgreSQL's JSON form. */
    public static JsonNode explain(JdbcTemplate jdbc, RecordedSql.Sent sent) {
        return jdbc.execute((java.sql.Connection connection) -> {
            try (PreparedStatement statement =
                    connection.prepareStatement("explain (analyze, format json) " + sent.sql())) {
                for (Map.Entry<Integer, Object> parameter : sent.parameters().entrySet()) {
                    if (parameter.getValue() == RecordedSql.NULL) {
                        statement.setObject(parameter.getKey(), null);
                    } else {
                        statement.setObject(parameter.getKey(), parameter.getValue());
                    }
                }
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return JSON.readTree(rows.getString(1)).get(0).get("Plan");
                }
            }
        });
    }

    /** Rows every scan of the plan returned, loops counted: the work the statement did. */
    public static long rowsScanned(JsonNode plan) {
        long rows = 0;
        String type = plan.get("Node Type").asString();
        if (type.contains("Scan")) {
            rows += plan.get("Actual Rows").asLong() * plan.get("Actual Loops").asLong();
        }
        if (plan.has("Plans")) {
            for (JsonNode child : plan.get("Plans")) {
                rows += rowsScanned(child);
            }
        }
        return rows;
    }
}
