package org.claimtrail.history;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Feed readers tell entries apart by their atom:id: every entry has its own, although one revision
 * changes many things of one claim (the seed's corrections, in one revision, change several
 * attributions of a claim); and a correction's entry says what it corrected, never the claim's
 * present wording, which would change an old entry under the same id and date.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FeedIdsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void everyEntryHasAnIdOfItsOwnAndACorrectionsTitleIsItsSubject() throws Exception {
        Document feed = Jsoup.parse(mvc.perform(get("/feed.atom")).andReturn().getResponse().getContentAsString(),
                "", Parser.xmlParser());
        List<String> ids = feed.select("entry > id").eachText();

        assertThat(ids).hasSizeGreaterThan(20).doesNotHaveDuplicates();
        assertThat(feed.select("entry").stream()
                .filter(entry -> entry.selectFirst("id").text().startsWith("urn:claimtrail:correction:"))
                .map(entry -> entry.selectFirst("title").text()).toList())
                .isNotEmpty()
                .allSatisfy(title -> assertThat(title).startsWith("Correction: ").doesNotContain(" — "));
    }
}
