package org.claimtrail.claim;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Collectors;
import org.claimtrail.database.SqlFile;

/**
 * The sourcing rule (the text of {@code sourcing-summary.sql}, computing the summaries of the
 * claims in a relation {@code listed}) and the two statements built around it: one that reads
 * summaries, kept or computed, and one that keeps them (see V31 and {@link SourcingSummaryKeeper}).
 * A kept row carries the hash of the rule that computed it and is read only by the same rule.
 */
record SourcingRule(String text, String hash) {

    static final SourcingRule OF_THIS_RELEASE =
            SourcingRule.of(SqlFile.read(SourcingRule.class, "sourcing-summary.sql"));

    /** The summary's columns, in the record's order: named_origins fills namedOrigins. */
    static final String COLUMNS = Arrays.stream(SourcingSummary.class.getRecordComponents())
            .map(SourcingRule::column)
            .collect(Collectors.joining(", "));

    static SourcingRule of(String text) {
        return new SourcingRule(text, sha256(text).substring(0, 16));
    }

    /**
     * The summaries of the claims in {@code :ids} that have an attribution in force, one
     * statement: a kept row where the claim has no mark in this statement's snapshot and was
     * kept by this rule, else computed by the rule. A kept claim without attributions (all
     * counts 0) is absent, as the rule makes it.
     */
    String read() {
        return """
                with kept as materialized (
                    select cs.claim_id, %1$s from claim_sourcing cs
                    where cs.claim_id = any(cast(:ids as bigint[])) and cs.rule = :rule
                      and not exists (select 1 from claim_sourcing_stale m where m.claim_id = cs.claim_id)),
                listed(claim_id) as (
                    select asked.id from unnest(cast(:ids as bigint[])) as asked(id)
                    where not exists (select 1 from kept where kept.claim_id = asked.id))
                select claim_id, %1$s from kept where assertions + denials + declines > 0
                union all
                select claim_id, %1$s from (
                %2$s
                ) computed""".formatted(COLUMNS, text);
    }

    /**
     * Keeps the summaries of up to {@code :batch} marked claims: takes the oldest marks, computes
     * those claims by the rule and stores them, in one statement, so the marks it deletes are
     * exactly those of the changes its snapshot sees; a change committed later keeps its mark.
     * Run by one keeper at a time (an advisory lock), so a row is never overwritten by one
     * computed from an older snapshot.
     */
    String keep() {
        String values = Arrays.stream(SourcingSummary.class.getRecordComponents())
                .map(component -> component.getType() == String.class
                        ? "c." + column(component)
                        : "coalesce(c." + column(component) + ", 0)")
                .collect(Collectors.joining(", "));
        String updates = Arrays.stream(("rule, " + COLUMNS).split(", "))
                .map(column -> column + " = excluded." + column)
                .collect(Collectors.joining(", "));
        return """
                with picked as (
                    delete from claim_sourcing_stale m
                    where m.seq in (select seq from claim_sourcing_stale order by seq limit :batch)
                    returning m.claim_id),
                listed(claim_id) as (select distinct claim_id from picked),
                computed as (
                %s
                )
                insert into claim_sourcing (claim_id, rule, %s)
                select l.claim_id, :rule, %s
                from listed l left join computed c on c.claim_id = l.claim_id
                on conflict (claim_id) do update set %s""".formatted(text, COLUMNS, values, updates);
    }

    private static String column(RecordComponent component) {
        return component.getName().replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
