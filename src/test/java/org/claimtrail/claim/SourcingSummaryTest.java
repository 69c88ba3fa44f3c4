package org.claimtrail.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The sourcing summary as the database derives it from every attribution of a claim. */
@DataJpaTest
@Import({ClaimReadSql.class})
class SourcingSummaryTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ClaimReadSql sql;

    long claim;

    @BeforeEach
    void aClaimOfItsOwn() {
        jdbc.update(
                "insert into actor (slug, name, kind) values ('ss-wsj', 'WSJ', 'NEWS_OUTLET'), "
                        + "('ss-tass', 'TASS', 'NEWS_OUTLET'), ('ss-peskov', 'Dmitry Peskov', 'PERSON'), ('ss-musk', 'Elon Musk', 'PERSON')");
        jdbc.update("insert into source (kind, title, publisher_id) select 'NEWS_REPORT', t.title, a.id "
                + "from (values ('ss-wsj-report', 'ss-wsj'), ('ss-wsj-follow-up', 'ss-wsj'), ('ss-tass-wire', 'ss-tass')) "
                + "t(title, publisher) join actor a on a.slug = t.publisher");
        jdbc.update(
                "insert into source (kind, title) values ('NEWS_REPORT', 'ss-unsigned-1'), ('NEWS_REPORT', 'ss-unsigned-2')");
        claim = jdbc.queryForObject(
                "insert into claim (story_id, slug, statement, status) "
                        + "values ((select min(id) from story), 'ss-claim', 'Regular contact', 'REPORTED') returning id",
                Long.class);
    }

    @Test
    void countsSupportByOriginAmongAssertionsAndDenialsAndDeclinesApart() {
        attribute("ss-wsj-report", null, "several officials", "ASSERTS");
        attribute("ss-wsj-follow-up", null, "two people", "CONFIRMS");
        attribute("ss-tass-wire", "ss-peskov", null, "DENIES");
        attribute("ss-wsj-report", "ss-musk", null, "DID_NOT_RESPOND");
        jdbc.update(
                "insert into attribution (claim_id, source_id, speaker_description, stance) "
                        + "select ?, id, 'a Pentagon spokesman', 'DECLINES_TO_COMMENT' from source where title = 'ss-wsj-report'",
                claim);

        SourcingSummary summary = sql.summaries(List.of(claim)).get(claim);

        // Peskov denies and Musk did not respond: neither is a named source for the claim. The WSJ's
        // two groups of anonymous sources are one origin, the WSJ's, until an editor says otherwise.
        assertThat(summary).isEqualTo(new SourcingSummary(1, 1, 0, 1, 0, 2, 1, 2, "WSJ", null));
        assertThat(summary.describe())
                .isEqualTo("1 origin: anonymous sources in WSJ · no named source · "
                        + "1 denial · 2 declined or did not respond");

        jdbc.update("update attribution set separate_origin = true where speaker_description = 'two people'");
        assertThat(sql.summaries(List.of(claim)).get(claim).describe())
                .isEqualTo("2 independent origins (0 named, 2 anonymous) · no named source · "
                        + "1 denial · 2 declined or did not respond");
    }

    /** One speaker's statement counts once however many outlets carry it (issue 26). */
    @Test
    void oneSpeakerInTwoOutletsIsOneOriginAndSoIsAnOrganisationWithItsSpokesman() {
        jdbc.update("insert into actor (slug, name, kind) values ('ss-kremlin', 'The Kremlin', 'GOVERNMENT_BODY')");
        attribute("ss-unsigned-1", "ss-kremlin", null, "ASSERTS");
        attribute("ss-tass-wire", "ss-peskov", null, "ASSERTS");
        assertThat(sql.summaries(List.of(claim)).get(claim).origins())
                .as("Peskov and the Kremlin, until the record says he speaks for it")
                .isEqualTo(2);

        jdbc.update("update actor set speaks_for_id = (select id from actor where slug = 'ss-kremlin')"
                + " where slug = 'ss-peskov'");
        attribute("ss-wsj-report", "ss-peskov", null, "ASSERTS");
        SourcingSummary summary = sql.summaries(List.of(claim)).get(claim);
        assertThat(summary.origins()).isEqualTo(1);
        assertThat(summary.outlets()).isEqualTo(3);
        assertThat(summary.describe()).startsWith("1 origin: The Kremlin (named)");
    }

    /** An outlet in its own voice is the same origin as that outlet named as the speaker. */
    @Test
    void anOutletInItsOwnVoiceIsThatOutlet() {
        jdbc.update(
                "insert into attribution (claim_id, source_id, speaker_description, anonymous, stance) "
                        + "select ?, id, 'the WSJ, in its own voice', false, 'ASSERTS' from source where title = 'ss-wsj-report'",
                claim);
        attribute("ss-tass-wire", "ss-wsj", null, "ASSERTS");
        assertThat(sql.summaries(List.of(claim)).get(claim).origins()).isEqualTo(1);
    }

    /** Reports of one origin that give different numbers of sources: the summary says so. */
    @Test
    void relaysThatDisagreeOnHowManySourcesAreShown() {
        long origin = attribute("ss-wsj-report", null, "people familiar with the talks", "ASSERTS");
        long one = attribute("ss-unsigned-1", null, "a former officer", "ASSERTS");
        long two = attribute("ss-tass-wire", null, "two people briefed", "ASSERTS");
        jdbc.update("update attribution set relays_id = ? where id in (?, ?)", origin, one, two);
        jdbc.update("update attribution set source_count = 1 where id = ?", one);
        jdbc.update("update attribution set source_count = 2 where id = ?", two);

        assertThat(sql.summaries(List.of(claim)).get(claim).describe())
                .contains("accounts differ on how many anonymous sources: 1 or 2");
    }

    @Test
    void aRelayAddsAnOutletButNotAnOrigin() {
        long origin = attribute("ss-wsj-report", null, "several officials", "ASSERTS");
        long relay = attribute("ss-unsigned-1", null, "officials cited by the WSJ", "ASSERTS");
        long secondRelay = attribute("ss-tass-wire", null, "two people briefed", "ASSERTS");
        jdbc.update("update attribution set relays_id = ? where id in (?, ?)", origin, relay, secondRelay);

        SourcingSummary summary = sql.summaries(List.of(claim)).get(claim);

        assertThat(summary).isEqualTo(new SourcingSummary(3, 1, 0, 1, 2, 3, 0, 0, "WSJ", null));
        assertThat(summary.describe())
                .isEqualTo("1 origin: anonymous sources in WSJ, relayed by 2 other sources · "
                        + "no named source · no denials · no declines");
    }

    @Test
    void sourcesWithoutANamedPublisherCountAsOneOutletEach() {
        attribute("ss-unsigned-1", "ss-musk", null, "ASSERTS");
        attribute("ss-unsigned-1", "ss-peskov", null, "DISPUTES");
        attribute("ss-unsigned-2", "ss-musk", null, "ASSERTS");

        SourcingSummary summary = sql.summaries(List.of(claim)).get(claim);

        assertThat(summary.outlets()).isEqualTo(2);
        assertThat(summary.namedOrigins()).as("Musk, in both").isEqualTo(1);
        assertThat(summary.denials()).isEqualTo(1);
        assertThat(summary.assertions()).isEqualTo(2);
    }

    @Test
    void withdrawnAttributionsNoLongerCount() {
        attribute("ss-tass-wire", "ss-peskov", null, "DENIES");
        jdbc.update(
                "update attribution set withdrawn_at = now(), withdrawn_reason = 'entered twice' where claim_id = ?",
                claim);
        attribute("ss-tass-wire", "ss-musk", null, "ASSERTS");

        assertThat(sql.summaries(List.of(claim)).get(claim))
                .isEqualTo(new SourcingSummary(1, 1, 1, 0, 0, 1, 0, 0, "Elon Musk", null));
    }

    @Test
    void aClaimOnlyDeniedSaysNoOneAssertsIt() {
        attribute("ss-tass-wire", "ss-peskov", null, "DENIES");

        assertThat(sql.summaries(List.of(claim)).get(claim).describe())
                .isEqualTo("no one asserts it · 1 denial · no declines");
    }

    @Test
    void aClaimWithNoAttributionsHasNoSummaryRowAndReadsAsNone() {
        assertThat(sql.summaries(List.of(claim))).doesNotContainKey(claim);
        assertThat(SourcingSummary.NONE.describe()).isEqualTo("no one asserts it · no denials · no declines");
    }

    /**
     * The rule lives in one file: a different rule (here, a relay counted as an origin of its own)
     * is that file changed and nothing else, and every reader of the summary sees it.
     */
    @Test
    void changingTheOneFileThatImplementsTheRuleChangesTheSummary() {
        long origin = attribute("ss-wsj-report", null, "several officials", "ASSERTS");
        long relay = attribute("ss-unsigned-1", null, "officials cited by the WSJ", "ASSERTS");
        jdbc.update("update attribution set relays_id = ? where id = ?", origin, relay);
        String relaysCountApart = ClaimReadSql.SOURCING_SUMMARY.replace(
                "join attribution origin on origin.id = coalesce(a.relays_id, a.id)",
                "join attribution origin on origin.id = a.id");
        assertThat(relaysCountApart).isNotEqualTo(ClaimReadSql.SOURCING_SUMMARY);

        SourcingSummary asTheReadmeSays = sql.summaries(List.of(claim)).get(claim);
        SourcingSummary underTheOtherRule = new ClaimReadSql(JdbcClient.create(jdbc), relaysCountApart)
                .summaries(List.of(claim))
                .get(claim);

        assertThat(asTheReadmeSays.origins()).isEqualTo(1);
        assertThat(underTheOtherRule.origins()).isEqualTo(2);
        assertThat(underTheOtherRule.describe()).startsWith("2 independent origins (0 named, 2 anonymous)");
    }

    /** The stored stance_group column groups every stance as {@link Stance#group()} does. */
    @Test
    void theStoredStanceGroupAgreesWithTheStanceEnum() {
        long id = attribute("ss-wsj-report", null, "several officials", "ASSERTS");
        for (Stance stance : Stance.values()) {
            String stored = jdbc.queryForObject(
                    "update attribution set stance = ? where id = ? returning stance_group",
                    String.class,
                    stance.name(),
                    id);
            assertThat(stored).as(stance.name()).isEqualTo(stance.group().name());
        }
    }

    private long attribute(String sourceTitle, String speakerSlug, String anonymousDescription, String stance) {
        return jdbc.queryForObject(
                "insert into attribution (claim_id, source_id, speaker_id, speaker_description, "
                        + "anonymous, stance) select ?, s.id, (select id from actor where slug = ?), ?, ?, ? from source s "
                        + "where s.title = ? returning id",
                Long.class,
                claim,
                speakerSlug,
                anonymousDescription,
                anonymousDescription != null,
                stance,
                sourceTitle);
    }
}
