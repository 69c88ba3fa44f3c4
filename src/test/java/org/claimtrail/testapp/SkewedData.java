package org.claimtrail.testapp;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A newsroom's data as it really piles up, made in SQL for tests: one story holding most claims,
 * one claim with {@code hot} attributions and hundreds of links, an actor speaking thousands of
 * times and the subject of hundreds of claims, a source carrying thousands of attributions, many
 * stories, and a claim with a long history. Slugs start "bounds-".
 */
public final class SkewedData {

    private SkewedData() {}

    public static void load(JdbcTemplate jdbc, int claims, int hot) {
        jdbc.update(
                "insert into story (slug, title) select 'bounds-story-' || n, 'Bounds story ' || n from generate_series(1, 300) n");
        jdbc.update(
                "insert into story (slug, title, summary) values ('bounds-big', 'The big story', 'Everything piles onto it')");
        jdbc.update("insert into actor (slug, name, kind) values ('bounds-busy', 'Busy Speaker', 'PERSON'), "
                + "('bounds-outlet', 'Busy Outlet', 'NEWS_OUTLET')");
        jdbc.update("""
                insert into source (kind, title, publisher_id, published_edtf, published_earliest, published_latest)
                select 'NEWS_REPORT', 'Bounds source ' || n, (select id from actor where slug = 'bounds-outlet'),
                       '2024-01', date '2024-01-01', date '2024-01-31'
                from generate_series(1, 400) n""");
        long source = jdbc.queryForObject("select min(id) from source where title like 'Bounds source %'", Long.class);
        jdbc.update("""
                insert into claim (story_id, slug, statement, status, event_edtf, event_earliest, event_latest)
                select (select id from story where slug = 'bounds-big'), 'bounds-claim-' || n,
                       'Bounds claim ' || n || ' about the minister and sanctions', 'REPORTED',
                       '2023', date '2023-01-01', date '2023-12-31'
                from generate_series(1, ?) n""", claims);
        jdbc.update("""
                insert into claim_subject (claim_id, actor_id)
                select c.id, (select id from actor where slug = 'bounds-busy') from claim c
                where c.slug like 'bounds-claim-%' and c.id % 33 = 0 limit 600""");
        long hotClaim = jdbc.queryForObject("select id from claim where slug = 'bounds-claim-1'", Long.class);
        jdbc.update("""
                insert into attribution (claim_id, source_id, speaker_id, stance, quote, wording)
                select ?, ?, (select id from actor where slug = 'bounds-busy'),
                       case n % 3 when 0 then 'ASSERTS' when 1 then 'DENIES' else 'DID_NOT_RESPOND' end, 'Quote ' || n,
                       case n % 2 when 0 then 'OWN' else 'SOURCE' end
                from generate_series(1, ?) n""", hotClaim, source, hot);
        jdbc.update("""
                insert into attribution (claim_id, source_id, speaker_id, stance, quote, wording)
                select c.id, ?, (select id from actor where slug = 'bounds-busy'), 'ASSERTS', 'Also said ' || c.id, 'OWN'
                from claim c where c.slug like 'bounds-claim-%' and c.id % 13 = 0 limit 1500""", source);
        jdbc.update("""
                insert into claim_link (from_claim_id, to_claim_id, type)
                select ?, c.id, 'SUPPORTS' from claim c where c.slug like 'bounds-claim-%' and c.id <> ? limit 300""", hotClaim, hotClaim);
        jdbc.update("""
                insert into claim_link (from_claim_id, to_claim_id, type)
                select c.id, ?, 'CONTRADICTS' from claim c where c.slug like 'bounds-claim-%' and c.id <> ?
                order by c.id desc limit 300""", hotClaim, hotClaim);
        jdbc.update(
                "insert into revision (timestamp, username) select n, 'bounds-editor' from generate_series(1, 300) n");
        jdbc.update("""
                insert into claim_aud (id, rev, revtype, story_id, slug, statement, status, topics)
                select c.id, r.id, case when r.id = (select min(id) from revision where username = 'bounds-editor') then 0 else 1 end,
                       c.story_id, c.slug, c.statement || ' (revision ' || r.id || ')', 'REPORTED', '{}'
                from claim c, revision r where c.id = ? and r.username = 'bounds-editor'""", hotClaim);
        jdbc.execute("analyze");
    }

    /** The source that carries the most attributions. */
    public static long busySource(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select min(id) from source where title like 'Bounds source %'", Long.class);
    }
}
