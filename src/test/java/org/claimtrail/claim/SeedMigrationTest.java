package org.claimtrail.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.claimtrail.date.FuzzyDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** The seed story, as Flyway loads it on a real PostgreSQL. */
@DataJpaTest
@Import({ClaimQueries.class, ClaimReadSql.class})
class SeedMigrationTest {

    private static final String STORY = "musk-putin-contacts";
    private static final String TRACKED_REPORT =
            "The tracked report: a write-up of the WSJ investigation (publisher not named)";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ClaimQueries claims;

    @Test
    void loadsAllFourteenClaimsOfTheInventory() {
        Integer count = jdbc.queryForObject(
                "select count(*) from claim c join story s on s.id = c.story_id where s.slug = ?",
                Integer.class,
                STORY);

        assertThat(count).isEqualTo(14);
    }

    @Test
    void everyClaimHasAnAttributionAndEveryAttributionASource() {
        assertThat(jdbc.queryForList("""
                select c.slug from claim c
                where not exists (select 1 from attribution a where a.claim_id = c.id)""", String.class)).isEmpty();
        assertThat(jdbc.queryForObject("""
                select count(*) from attribution a left join source s on s.id = a.source_id
                where s.id is null""", Integer.class)).isZero();
    }

    @Test
    void anonymousAttributionsKeepTheReportsOwnDescription() {
        List<String> descriptions =
                jdbc.queryForList("select speaker_description from attribution where anonymous", String.class);

        assertThat(descriptions).isNotEmpty().allSatisfy(d -> assertThat(d).isNotBlank());
        assertThat(descriptions)
                .contains(
                        "a former Russian intelligence officer briefed on the situation",
                        "two people briefed on the request",
                        "several current and former U.S., European and Russian officials and intelligence sources");
        assertThat(jdbc.queryForObject(
                        "select count(*) from attribution where anonymous and speaker_id is not null", Integer.class))
                .as("anonymous sources are never tied to a named actor")
                .isZero();
    }

    @Test
    void theTaiwanRequestShowsBothAnonymousAccountsOfTheWsjsSources() {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select s.title, a.speaker_description, a.source_count from attribution a
                  join claim c on c.id = a.claim_id join source s on s.id = a.source_id
                where c.slug = 'putin-asked-musk-not-to-activate-starlink-over-taiwan' and a.anonymous
                  and a.relays_id is not null
                order by a.source_count""");

        assertThat(rows)
                .extracting(r -> r.get("title"), r -> r.get("speaker_description"), r -> r.get("source_count"))
                .containsExactly(
                        tuple(TRACKED_REPORT, "a former Russian intelligence officer briefed on the situation", 1),
                        tuple(
                                "Politico Europe summary of the WSJ report on Musk and Putin",
                                "two people briefed on the request",
                                2));
    }

    @Test
    void linksTheDenialToTheClaimItContradictsAndMusksPostToTheReport() {
        List<Map<String, Object>> links = jdbc.queryForList("""
                select f.slug as from_slug, l.type, t.slug as to_slug from claim_link l
                  join claim f on f.id = l.from_claim_id join claim t on t.id = l.to_claim_id""");

        assertThat(links)
                .extracting(l -> l.get("from_slug"), l -> l.get("type"), l -> l.get("to_slug"))
                .contains(
                        tuple(
                                "kremlin-denies-regular-musk-putin-communication",
                                "CONTRADICTS",
                                "musk-and-putin-in-regular-contact-since-late-2022"),
                        tuple(
                                "musk-calls-nyt-and-wsj-left-wing",
                                "RESPONDS_TO",
                                "musk-and-putin-in-regular-contact-since-late-2022"));
    }

    @Test
    void carriesTheFiveSourcesWithTheirDatesAndAddresses() {
        List<Map<String, Object>> sources =
                jdbc.queryForList("select title, published_edtf, url from source order by id limit 5");

        assertThat(sources)
                .extracting(s -> s.get("published_edtf"))
                .containsExactly("2024-10-25/2024-10-31", "2024-10-24", "2024-10", "2024-10-25", "2024-10-25");
        assertThat(sources).extracting(s -> s.get("url")).contains("https://tass.com/politics/1862383");
    }

    /** The seed writes earliest/latest by hand; they must be what the parser computes from the EDTF. */
    @Test
    void everyStoredDateRangeIsWhatTheParserComputes() {
        for (String[] column :
                new String[][] {{"claim", "event"}, {"attribution", "stated"}, {"source", "published"}}) {
            String sql =
                    "select %2$s_edtf as edtf, %2$s_earliest as earliest, %2$s_latest as latest from %1$s where %2$s_edtf is not null"
                            .formatted(column[0], column[1]);
            List<Map<String, Object>> rows = jdbc.queryForList(sql);
            assertThat(rows).as(column[0]).isNotEmpty();
            for (Map<String, Object> row : rows) {
                FuzzyDate parsed = FuzzyDate.parse((String) row.get("edtf"));
                assertThat(toLocalDate(row.get("earliest")))
                        .as(column[0] + " " + row.get("edtf"))
                        .isEqualTo(parsed.earliest());
                assertThat(toLocalDate(row.get("latest")))
                        .as(column[0] + " " + row.get("edtf"))
                        .isEqualTo(parsed.latest());
            }
        }
    }

    @Test
    void quotesFromTheTrackedReportAreVerbatim() throws IOException {
        String report;
        try (InputStream in = getClass().getResourceAsStream("/report.txt")) {
            report = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> quotes = jdbc.queryForList("""
                select a.quote from attribution a join source s on s.id = a.source_id
                where s.title = ? and a.quote is not null""", String.class, TRACKED_REPORT);

        assertThat(quotes)
                .hasSizeGreaterThan(10)
                .allSatisfy(quote -> assertThat(report).contains(quote));
    }

    @Test
    void theClaimPageReadsEverythingItShows() {
        ClaimPageView page = claims.claimPage("musk-and-putin-in-regular-contact-since-late-2022")
                .orElseThrow();

        assertThat(page.claim().status()).isEqualTo(ClaimStatus.DISPUTED);
        assertThat(page.claim().event().display()).isEqualTo("late 2022 into 2024");
        assertThat(page.summary().denials()).isEqualTo(1);
        assertThat(page.summary().anonymousOrigins()).isEqualTo(1);
        assertThat(page.subjects()).extracting(a -> a.slug()).containsExactlyInAnyOrder("elon-musk", "vladimir-putin");
    }

    private static LocalDate toLocalDate(Object value) {
        return value == null ? null : ((Date) value).toLocalDate();
    }
}
