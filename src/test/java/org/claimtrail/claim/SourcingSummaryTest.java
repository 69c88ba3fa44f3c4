package org.claimtrail.claim;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

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
        jdbc.update("insert into actor (slug, name, kind) values ('ss-wsj', 'WSJ', 'NEWS_OUTLET'), "
                + "('ss-tass', 'TASS', 'NEWS_OUTLET'), ('ss-peskov', 'Dmitry Peskov', 'PERSON'), ('ss-musk', 'Elon Musk', 'PERSON')");
        jdbc.update("insert into source (kind, title, publisher_id) select 'NEWS_REPORT', t.title, a.id "
                + "from (values ('ss-wsj-report', 'ss-wsj'), ('ss-wsj-follow-up', 'ss-wsj'), ('ss-tass-wire', 'ss-tass')) "
                + "t(title, publisher) join actor a on a.slug = t.publisher");
        jdbc.update("insert into source (kind, title) values ('NEWS_REPORT', 'ss-unsigned-1'), ('NEWS_REPORT', 'ss-unsigned-2')");
        claim = jdbc.queryForObject("insert into claim (story_id, slug, statement, status) "
                + "values ((select min(id) from story), 'ss-claim', 'Regular contact', 'REPORTED') returning id", Long.class);
    }

    @Test
    void countsOutletsNamedAndAnonymousDenialsAndDeclines() {
        attribute("ss-wsj-report", null, "several officials", "ASSERTS");
        attribute("ss-wsj-follow-up", null, "two people", "CONFIRMS");
        attribute("ss-tass-wire", "ss-peskov", null, "DENIES");
        attribute("ss-wsj-report", "ss-musk", null, "DID_NOT_RESPOND");
        jdbc.update("insert into attribution (claim_id, source_id, speaker_description, stance) "
                + "select ?, id, 'a Pentagon spokesman', 'DECLINES_TO_COMMENT' from source where title = 'ss-wsj-report'", claim);

        SourcingSummary summary = sql.summaries(List.of(claim)).get(claim);

        assertThat(summary).isEqualTo(new SourcingSummary(2, 3, 2, 2, 1, 2));
        assertThat(summary.total()).isEqualTo(5);
        assertThat(summary.describe()).isEqualTo("2 outlets · 3 named · 2 anonymous · 1 denial · 2 declines or no responses");
    }

    @Test
    void sourcesWithoutANamedPublisherCountAsOneOutletEach() {
        attribute("ss-unsigned-1", "ss-musk", null, "ASSERTS");
        attribute("ss-unsigned-1", "ss-peskov", null, "DISPUTES");
        attribute("ss-unsigned-2", "ss-musk", null, "ASSERTS");

        SourcingSummary summary = sql.summaries(List.of(claim)).get(claim);

        assertThat(summary.outlets()).isEqualTo(2);
        assertThat(summary.denials()).isEqualTo(1);
        assertThat(summary.assertions()).isEqualTo(2);
    }

    @Test
    void withdrawnAttributionsNoLongerCount() {
        attribute("ss-tass-wire", "ss-peskov", null, "DENIES");
        jdbc.update("update attribution set withdrawn_at = now(), withdrawn_reason = 'entered twice' where claim_id = ?", claim);
        attribute("ss-tass-wire", "ss-musk", null, "ASSERTS");

        assertThat(sql.summaries(List.of(claim)).get(claim)).isEqualTo(new SourcingSummary(1, 1, 0, 1, 0, 0));
    }

    @Test
    void aClaimWithNoAttributionsHasNoSummaryRowAndReadsAsNone() {
        assertThat(sql.summaries(List.of(claim))).doesNotContainKey(claim);
        assertThat(SourcingSummary.NONE.describe()).isEqualTo("no outlets · 0 named · 0 anonymous · no denials · no declines");
    }

    private void attribute(String sourceTitle, String speakerSlug, String anonymousDescription, String stance) {
        jdbc.update("insert into attribution (claim_id, source_id, speaker_id, speaker_description, anonymous, stance) "
                        + "select ?, s.id, (select id from actor where slug = ?), ?, ?, ? from source s where s.title = ?",
                claim, speakerSlug, anonymousDescription, anonymousDescription != null, stance, sourceTitle);
    }
}
