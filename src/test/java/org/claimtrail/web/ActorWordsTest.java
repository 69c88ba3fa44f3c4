package org.claimtrail.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An actor page lists as the actor's statements only their own words. The tracked report's
 * sentences about Musk ("publicly admitted …", "didn't respond …") are the report's words: they
 * appear apart, said to be the source's wording, never as Musk's statements.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ActorWordsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void musksPageListsOnlyHisOwnWordsAsHisStatements() throws Exception {
        Document page = page("/actors/elon-musk");
        Element own = page.getElementById("statements");
        Element reported = page.getElementById("reported");

        assertThat(own.select("blockquote.quote"))
                .isNotEmpty()
                .allSatisfy(quote -> assertThat(quote.text())
                        .startsWith("Everyone knows that NYT is a left-wing propaganda machine."));
        assertThat(own.select(".wording").eachText())
                .isNotEmpty()
                .allSatisfy(note -> assertThat(note).isEqualTo("Elon Musk’s own words, as quoted"));
        assertThat(own.text()).doesNotContain("publicly admitted", "didn’t respond");

        assertThat(reported.text()).contains("publicly admitted", "didn’t respond to requests for comment");
        assertThat(reported.select(".wording").eachText())
                .isNotEmpty()
                .allSatisfy(note -> assertThat(note).endsWith(", not Elon Musk’s own"));
    }

    @Test
    void anActorWithoutOwnWordsSaysSoAndShowsTheReportsWordingApart() throws Exception {
        Document page = page("/actors/kremlin");

        assertThat(page.getElementById("statements").text()).contains("No quote of their own words is recorded.");
        assertThat(page.getElementById("reported").text()).contains("denied any regular communication between the two");
    }

    @Test
    void theFullListsKeepTheSameSplit() throws Exception {
        assertThat(page("/actors/elon-musk/statements")
                        .select("blockquote.quote")
                        .eachText())
                .isNotEmpty()
                .allSatisfy(quote -> assertThat(quote).startsWith("Everyone knows"));
        Document reported = page("/actors/elon-musk/reported");
        assertThat(reported.select(".source-wording .narration").eachText())
                .as("the report's sentences, shown as its wording")
                .anySatisfy(quote -> assertThat(quote).contains("publicly admitted"))
                .noneSatisfy(quote -> assertThat(quote).startsWith("Everyone knows"));
        assertThat(reported.select("blockquote").eachText())
                .as("set as a quotation: only Musk's own words")
                .allSatisfy(quote -> assertThat(quote).startsWith("Everyone knows"));
    }

    private Document page(String path) throws Exception {
        String html = mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }
}
