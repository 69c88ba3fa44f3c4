package org.claimtrail.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimtrail.testdb.IsolatedDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The sourcing summary of every seed claim, as a fact-check editor reads the report: support is
 * counted by independent origin (the tracked report and Politico relay the WSJ), named and
 * anonymous among assertions only, and denials and non-responses apart.
 */
@IsolatedDatabase // reads the seed as a first install has it, whatever other tests write
@DataJpaTest
@Import(ClaimReadSql.class)
class SeedSourcingTest {

    private static final String TRACKED =
            "[The tracked report: a write-up of the WSJ investigation (publisher not named)]";
    private static final String WSJ = "The Wall Street Journal";
    private static final String KREMLIN = "The Kremlin";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ClaimReadSql sql;

    @Test
    void everySeedClaimIsSourcedAsTheReportSays() {
        Map<String, SourcingSummary> expected = new LinkedHashMap<>();
        // outlets, origins, named, anonymous, relays, assertions, denials, declines, sole origin
        expected.put(
                "musk-says-he-spoke-with-putin-once-in-2021",
                new SourcingSummary(1, 1, 1, 0, 0, 1, 0, 0, "Elon Musk", null));
        expected.put(
                "musk-and-putin-in-regular-contact-since-late-2022",
                new SourcingSummary(2, 1, 0, 1, 1, 2, 1, 1, WSJ, null));
        expected.put(
                "musk-putin-talks-covered-personal-business-and-geopolitics",
                new SourcingSummary(2, 1, 0, 1, 1, 2, 0, 0, WSJ, null));
        // Only the report says Musk did not respond: the WSJ attribution, from an article not read, is gone (V30).
        expected.put(
                "musk-did-not-respond-to-requests-for-comment",
                new SourcingSummary(1, 1, 1, 0, 0, 1, 0, 0, TRACKED, null));
        // The Kremlin (in the report) and its spokesman (in TASS): one speaker, one origin (V29, V30).
        expected.put(
                "kremlin-acknowledges-one-call-before-2022",
                new SourcingSummary(2, 1, 1, 0, 0, 2, 0, 0, KREMLIN, null));
        expected.put(
                "kremlin-denies-regular-musk-putin-communication",
                new SourcingSummary(2, 1, 1, 0, 0, 2, 0, 0, KREMLIN, null));
        expected.put(
                "contacts-raise-national-security-questions",
                new SourcingSummary(1, 1, 1, 0, 0, 1, 0, 0, TRACKED, null));
        expected.put(
                "spacex-won-classified-contract-in-2021", new SourcingSummary(1, 1, 1, 0, 0, 1, 0, 0, TRACKED, null));
        expected.put("musk-holds-a-security-clearance", new SourcingSummary(1, 1, 1, 0, 0, 1, 0, 1, TRACKED, null));
        expected.put(
                "pentagon-declined-to-comment-on-clearances",
                new SourcingSummary(1, 1, 1, 0, 0, 1, 0, 0, TRACKED, null));
        expected.put(
                "putin-asked-musk-not-to-activate-starlink-over-taiwan",
                new SourcingSummary(3, 1, 0, 1, 2, 3, 0, 0, WSJ, "1,2"));
        expected.put(
                "starlink-still-unavailable-in-taiwan", new SourcingSummary(1, 1, 1, 0, 0, 1, 0, 0, TRACKED, null));
        expected.put(
                "musk-calls-nyt-and-wsj-left-wing", new SourcingSummary(2, 1, 1, 0, 1, 2, 0, 0, "Elon Musk", null));
        expected.put(
                "musk-did-not-dispute-specific-information",
                new SourcingSummary(1, 1, 1, 0, 0, 1, 0, 0, TRACKED, null));

        Map<String, SourcingSummary> actual = new LinkedHashMap<>();
        expected.keySet().forEach(slug -> actual.put(slug, summaryOf(slug)));

        assertThat(actual).containsExactlyEntriesOf(expected);
    }

    @Test
    void regularContactHasNoNamedSupportOneRelayedAnonymousOriginOneDenialAndOneNonResponse() {
        assertThat(summaryOf("musk-and-putin-in-regular-contact-since-late-2022")
                        .describe())
                .isEqualTo("1 origin: anonymous sources in The Wall Street Journal, relayed by 1 other source · "
                        + "no named source · 1 denial · 1 declined or did not respond");
    }

    @Test
    void theTaiwanRequestHasOneOriginTheWsjsRelayedWithDifferingSourceCounts() {
        assertThat(summaryOf("putin-asked-musk-not-to-activate-starlink-over-taiwan")
                        .describe())
                .isEqualTo("1 origin: anonymous sources in The Wall Street Journal, relayed by 2 other sources · "
                        + "no named source · accounts differ on how many anonymous sources: 1 or 2 · "
                        + "no denials · no declines");
        List<Map<String, Object>> relays = jdbc.queryForList("""
                select s.title, a.source_count from attribution a
                  join source s on s.id = a.source_id
                  join attribution origin on origin.id = a.relays_id
                  join source os on os.id = origin.source_id
                where a.claim_id = (select id from claim where slug = 'putin-asked-musk-not-to-activate-starlink-over-taiwan')
                  and os.title = 'Wall Street Journal investigation of Musk–Putin contacts'
                order by a.source_count""");
        assertThat(relays).extracting(r -> r.get("source_count")).containsExactly(1, 2);
    }

    private SourcingSummary summaryOf(String slug) {
        long id = jdbc.queryForObject("select id from claim where slug = ?", Long.class, slug);
        return sql.summaries(List.of(id)).get(id);
    }
}
