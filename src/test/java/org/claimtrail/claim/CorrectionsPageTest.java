package org.claimtrail.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The seed story's corrections (migration V18) are public: /corrections lists them with their
 * reasons, each corrected claim's page shows its own, and the feed carries them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CorrectionsPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    /**
     * A first install never served the seed before its corrections (issue 26): it opened on 27 and
     * more corrections dated the install day, for errors no reader of that site ever saw. The seed
     * corrections are made (the claims read as corrected) and folded into the seed: no correction,
     * no "seed correction" in any history. An upgraded install keeps them (the Upgrade… tests).
     */
    @Test
    void aFirstInstallListsNoCorrectionOfTheSeed() throws Exception {
        List<String> seedReasons = jdbc.queryForList(
                "select distinct reason from seed_correction where outcome = 'APPLIED'", String.class);
        assertThat(seedReasons).as("the seed corrections were made").hasSizeGreaterThan(20);
        assertThat(jdbc.queryForObject(
                        "select statement from claim where slug = ?",
                        String.class,
                        "musk-says-he-spoke-with-putin-once-in-2021"))
                .isEqualTo("Musk said in October 2022 that he had spoken with Putin only once, around April 2021.");

        Document page = page("/corrections");
        assertThat(page.select("h1").text()).isEqualTo("Corrections");
        assertThat(page.select("li.correction").eachText())
                .as("no correction of the seed")
                .noneSatisfy(row -> assertThat(seedReasons)
                        .anySatisfy(reason -> assertThat(row).contains(reason)));
        assertThat(jdbc.queryForObject(
                        "select count(*) from revision where username like 'seed correction%'", Long.class))
                .isZero();
        assertThat(page("/claims/musk-says-he-spoke-with-putin-once-in-2021/history")
                        .select(".revision-user")
                        .eachText())
                .as("the seed's history, credited in plain words")
                .contains("the desk, first published")
                .doesNotContain("seed migration", "the desk, correcting what it first published")
                .noneSatisfy(user -> assertThat(user).startsWith("seed correction"));
    }

    @Test
    void aClaimPageShowsItsOwnCorrectionsOnly() throws Exception {
        long claim = jdbc.queryForObject(
                "select id from claim where slug = 'musk-says-he-spoke-with-putin-once-in-2021'", Long.class);
        jdbc.update(
                "insert into correction (claim_id, subject, reason) values (?, 'Claim statement', ?)",
                claim,
                "Own correction of claim 1.");
        jdbc.update("insert into correction (subject, reason) values ('Actor description', 'Not this claim''s.')");

        Document page = page("/claims/musk-says-he-spoke-with-putin-once-in-2021");

        assertThat(page.select("#corrections li").eachText())
                .anySatisfy(row -> assertThat(row).contains("Own correction of claim 1."))
                .noneSatisfy(row -> assertThat(row).contains("Not this claim"));
        assertThat(page("/corrections").select("li.correction").eachText())
                .anySatisfy(row -> assertThat(row).contains("Not this claim"));
    }

    @Test
    void theFeedCarriesTheNewestCorrectionsAmongTheChanges() throws Exception {
        // Other tests of this context edit claims; a correction made now is among the newest entries.
        long id = jdbc.queryForObject("""
                insert into correction (claim_id, subject, reason)
                values ((select id from claim where slug = 'musk-holds-a-security-clearance'), 'Feed test subject',
                        'A reason the feed must carry.') returning id""", Long.class);

        String feed = mvc.perform(get("/feed.atom")).andReturn().getResponse().getContentAsString();

        assertThat(feed)
                .contains(
                        "urn:claimtrail:correction:" + id,
                        "Correction: Feed test subject",
                        "A reason the feed must carry.");
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path)).andReturn().getResponse().getContentAsString());
    }
}
