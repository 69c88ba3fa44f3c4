package org.claimtrail.testdb;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** A digest of every content table, to prove that a refused request changed nothing at all. */
public final class DatabaseFingerprint {

    private static final List<String> TABLES = List.of(
            "story",
            "actor",
            "source",
            "claim",
            "claim_subject",
            "attribution",
            "claim_link",
            "account",
            "revision",
            "claim_aud",
            "attribution_aud",
            "source_aud",
            "actor_aud",
            "claim_link_aud");

    private DatabaseFingerprint() {}

    public static Map<String, String> of(JdbcTemplate jdbc) {
        Map<String, String> digests = new LinkedHashMap<>();
        for (String table : TABLES) {
            digests.put(
                    table,
                    jdbc.queryForObject(
                            "select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from "
                                    + table + " t",
                            String.class));
        }
        return digests;
    }
}
