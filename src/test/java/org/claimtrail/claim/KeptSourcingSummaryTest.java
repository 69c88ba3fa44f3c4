package org.claimtrail.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.claimtrail.testapp.Generators;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Kept sourcing summaries (V31, {@link SourcingSummaryKeeper}) are never what a reader sees
 * unless they equal what the rule computes: after any sequence of edits, kept or not yet kept, a
 * page's summaries are the rule's. The keeper runs when the test says (its thread is off here).
 */
@DataJpaTest
@Import({ClaimReadSql.class, SourcingSummaryKeeper.class})
@TestPropertySource(properties = "claimtrail.sourcing.keep-every=0")
class KeptSourcingSummaryTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ClaimReadSql sql;

    @Autowired
    SourcingSummaryKeeper keeper;

    @Autowired
    PlatformTransactionManager transactions;

    /** The same rule under another hash: reads no kept row, computes every summary. */
    ClaimReadSql ruleAlone;

    List<Long> claims = new ArrayList<>();
    List<Long> actors = new ArrayList<>();
    List<Long> sources = new ArrayList<>();

    @BeforeEach
    void claimsActorsAndSources() {
        ruleAlone = new ClaimReadSql(JdbcClient.create(jdbc), ClaimReadSql.SOURCING_SUMMARY + "\n-- computed\n");
        for (int i = 0; i < 6; i++) {
            actors.add(jdbc.queryForObject(
                    "insert into actor (slug, name, kind) values (?, ?, ?) returning id",
                    Long.class,
                    "kss-actor-" + i,
                    "Actor " + i,
                    i < 2 ? "NEWS_OUTLET" : i < 3 ? "GOVERNMENT_BODY" : "PERSON"));
        }
        for (int i = 0; i < 5; i++) {
            sources.add(jdbc.queryForObject(
                    "insert into source (kind, title, publisher_id) values ('NEWS_REPORT', ?, ?) returning id",
                    Long.class,
                    "kss-source-" + i,
                    i < 3 ? actors.get(i % 2) : null));
        }
        for (int i = 0; i < 5; i++) {
            claims.add(jdbc.queryForObject(
                    "insert into claim (story_id, slug, statement, status) "
                            + "values ((select min(id) from story), ?, ?, 'REPORTED') returning id",
                    Long.class,
                    "kss-claim-" + i,
                    "Kept claim " + i));
        }
    }

    @Test
    void afterAnyEditsAPagesSummariesAreTheRulesWhetherKeptYetOrNot() {
        for (long seed = 1; seed <= 3; seed++) {
            Random random = new Random(seed);
            for (int step = 0; step < 120; step++) {
                edit(random);
                if (random.nextInt(4) == 0) {
                    keeper.keepSome();
                }
                if (step % 10 == 9) {
                    assertThat(sql.summaries(claims))
                            .as("seed %d, step %d", seed, step)
                            .isEqualTo(ruleAlone.summaries(claims));
                }
            }
            keeper.keepAll();
            assertThat(marks()).isZero();
            // Every summary now comes from a kept row, and each equals the rule's.
            assertThat(sql.summaries(claims)).as("seed %d, all kept", seed).isEqualTo(ruleAlone.summaries(claims));
        }
    }

    @Test
    void aKeptRowIsReadOnlyWhileItsClaimHasNoMarkAndOnlyByItsOwnRule() {
        long claim = claims.get(0);
        attribute(claim, sources.get(0), actors.get(3), "ASSERTS");
        keeper.keepAll();
        // Tampered with, the kept row is what the page reads: readers do read kept rows.
        jdbc.update("update claim_sourcing set outlets = 99 where claim_id = ?", claim);
        assertThat(sql.summaries(List.of(claim)).get(claim).outlets()).isEqualTo(99);
        assertThat(ruleAlone.summaries(List.of(claim)).get(claim).outlets())
                .as("another rule never reads this rule's rows")
                .isEqualTo(1);

        // An edit marks the claim: the page computes it until the keeper has kept it again.
        attribute(claim, sources.get(1), actors.get(4), "ASSERTS");
        assertThat(sql.summaries(List.of(claim)).get(claim).outlets()).isEqualTo(2);
        keeper.keepAll();
        assertThat(jdbc.queryForObject("select outlets from claim_sourcing where claim_id = ?", Integer.class, claim))
                .isEqualTo(2);
    }

    @Test
    void renamingAnActorOrMovingASourceMarksTheClaimsItNames() {
        long claim = claims.get(1);
        attribute(claim, sources.get(0), actors.get(3), "ASSERTS");
        keeper.keepAll();
        assertThat(sql.summaries(List.of(claim)).get(claim).soleOrigin()).isEqualTo("Actor 3");

        jdbc.update("update actor set name = 'Actor Three' where id = ?", actors.get(3));
        assertThat(marks()).isPositive();
        keeper.keepAll();
        assertThat(sql.summaries(List.of(claim)).get(claim).soleOrigin()).isEqualTo("Actor Three");

        jdbc.update("update actor set speaks_for_id = ? where id = ?", actors.get(2), actors.get(3));
        keeper.keepAll();
        assertThat(sql.summaries(List.of(claim)).get(claim).soleOrigin()).isEqualTo("Actor 2");
    }

    @Test
    void rowsKeptByAnotherReleasesRuleAreKeptAgainByThisOne() {
        long claim = claims.get(2);
        attribute(claim, sources.get(0), actors.get(3), "ASSERTS");
        keeper.keepAll();
        jdbc.update("update claim_sourcing set rule = 'an older rule', outlets = 99 where claim_id = ?", claim);

        assertThat(sql.summaries(List.of(claim)).get(claim).outlets()).isEqualTo(1);
        new SourcingSummaryKeeper(JdbcClient.create(jdbc), transactions, java.time.Duration.ZERO).keepAll();
        assertThat(jdbc.queryForMap("select rule, outlets from claim_sourcing where claim_id = ?", claim))
                .isEqualTo(Map.of("rule", SourcingRule.OF_THIS_RELEASE.hash(), "outlets", 1));
    }

    private void edit(Random random) {
        int kind = random.nextInt(10);
        List<Long> attributions = jdbc.queryForList(
                "select id from attribution where claim_id = any(?)", Long.class, (Object) claims.toArray(Long[]::new));
        if (kind < 4 || attributions.isEmpty()) {
            attribute(
                    Generators.oneOf(random, claims),
                    Generators.oneOf(random, sources),
                    random.nextBoolean() ? Generators.oneOf(random, actors) : null,
                    Generators.oneOf(random, List.of("ASSERTS", "CONFIRMS", "DENIES", "DID_NOT_RESPOND")));
            return;
        }
        long attribution = Generators.oneOf(random, attributions);
        switch (kind) {
            // As the form does: an attribution relays another that relays nothing itself.
            case 4 ->
                jdbc.update(
                        "update attribution set relays_id = origin.id from attribution origin "
                                + "where attribution.id = ? and origin.id = ? and origin.id <> attribution.id "
                                + "and origin.relays_id is null",
                        attribution,
                        Generators.oneOf(random, attributions));
            case 5 ->
                jdbc.update(
                        "update attribution set separate_origin = not separate_origin, source_count = ? where id = ?",
                        random.nextInt(3) + 1,
                        attribution);
            case 6 ->
                jdbc.update(
                        "update attribution set withdrawn_at = now(), withdrawn_reason = 'wrong' where id = ?",
                        attribution);
            case 7 -> jdbc.update("delete from attribution where id = ?", attribution);
            case 8 ->
                jdbc.update(
                        "update source set publisher_id = ?, title = title || '+' where id = ?",
                        random.nextBoolean() ? Generators.oneOf(random, actors.subList(0, 2)) : null,
                        Generators.oneOf(random, sources));
            default -> {
                long actor = Generators.oneOf(random, actors);
                long other = Generators.oneOf(random, actors.subList(2, 3));
                jdbc.update(
                        "update actor set name = name || '+', speaks_for_id = ? where id = ?",
                        actor != other && random.nextBoolean() ? other : null,
                        actor);
            }
        }
    }

    private void attribute(long claim, long source, Long speaker, String stance) {
        jdbc.update(
                "insert into attribution (claim_id, source_id, speaker_id, speaker_description, anonymous, stance) "
                        + "values (?, ?, ?, ?, ?, ?)",
                claim,
                source,
                speaker,
                speaker == null ? "officials" : null,
                speaker == null,
                stance);
    }

    private int marks() {
        return jdbc.queryForObject("select count(*) from claim_sourcing_stale", Integer.class);
    }
}
