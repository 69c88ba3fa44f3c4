package org.claimtrail.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

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

    @Test
    void theCorrectionsPageListsTheSeedCorrectionsWithTheirReasons() throws Exception {
        Document page = page("/corrections");

        assertThat(page.select("h1").text()).isEqualTo("Corrections");
        assertThat(page.select("li.correction").eachText())
                .anySatisfy(row -> assertThat(row)
                        .contains("Claim statement")
                        .contains("Said \"about space\", which no source says of Musk's statement"))
                .anySatisfy(row -> assertThat(row)
                        .contains("Link removed: contradicts the regular-contact claim")
                        .contains("The two do not contradict each other."))
                .anySatisfy(row -> assertThat(row)
                        .contains("Actor description: The Wall Street Journal")
                        .contains("owned by News Corp"))
                .anySatisfy(row -> assertThat(row).contains("Sourcing").contains("relay the WSJ's reporting"));
        assertThat(page.select("li.correction a").eachAttr("href"))
                .contains("/claims/musk-says-he-spoke-with-putin-once-in-2021");
    }

    @Test
    void aCorrectedClaimsPageShowsItsOwnCorrectionsOnly() throws Exception {
        Document page = page("/claims/musk-says-he-spoke-with-putin-once-in-2021");

        assertThat(page.select("#corrections li").eachText())
                .isNotEmpty()
                .anySatisfy(row -> assertThat(row).contains("Claim statement"))
                .noneSatisfy(row -> assertThat(row).contains("Actor description"));
        assertThat(page.select("h1").text())
                .isEqualTo("Musk said in October 2022 that he had spoken with Putin only once, around April 2021.");
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
