package org.claimtrail.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.claimtrail.testapp.CsvRecords;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The seed story as a timeline: order over fuzzy dates, the filters, page and CSV agreeing. */
@SpringBootTest
@AutoConfigureMockMvc
class TimelineTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void entriesRunByEarliestDateThenLatestWithOpenStartsAtTheirEnd() throws Exception {
        List<CSVRecord> rows = csv("");

        assertThat(rows).hasSize(35);
        LocalDate previousStart = LocalDate.MIN;
        LocalDate previousEnd = LocalDate.MIN;
        for (CSVRecord row : rows) {
            LocalDate start = LocalDate.parse(row.get("earliest").isEmpty() ? row.get("latest") : row.get("earliest"));
            LocalDate end = row.get("latest").isEmpty() ? LocalDate.MAX : LocalDate.parse(row.get("latest"));
            assertThat(start).as(row.get("headline")).isAfterOrEqualTo(previousStart);
            if (start.equals(previousStart)) {
                assertThat(end).as(row.get("headline")).isAfterOrEqualTo(previousEnd);
            }
            previousStart = start;
            previousEnd = end;
        }
        assertThat(rows.get(0).get("edtf")).isEqualTo("2021");
        assertThat(rows.get(1).get("edtf")).isEqualTo("2021-04~");
        assertThat(rows.get(2).get("edtf")).isEqualTo("../2021");
        assertThat(rows.get(2).get("earliest")).isEmpty();
    }

    @Test
    void thePageShowsTheEventsAndStatementsOfTheReportByYearWithFuzzyDatesMarked() throws Exception {
        Document page = page("/timeline");

        assertThat(page.select(".timeline-year h2").eachText()).containsExactly("2021", "2022", "2023", "2024");
        assertThat(page.select("li.timeline-entry")).hasSize(35);
        assertThat(page.select("li.timeline-entry time.approximate").eachText()).contains("around April 2021");
        assertThat(page.select("li.timeline-entry.interval time").eachText())
                .contains("late 2022 into 2024", "before 2022");
        assertThat(page.select("li.timeline-entry.contested a[href^=/claims/]").eachText())
                .contains("Musk and Putin have been in regular contact since late 2022, continuing into 2024.");
        assertThat(page.select("li.timeline-entry.statement").text())
                .contains("Dmitry Peskov denies: Musk and Putin have been in regular contact");
        assertThat(page.select("li.timeline-entry.statement a[href^=/sources/]"))
                .isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            story=musk-putin-contacts          | 35
            status=DISPUTED                    | 5
            topic=starlink-taiwan              | 6
            actor=dmitry-peskov                | 3
            actor=Dmitry%20Peskov              | 3
            actor=dmitry%20PESKOV              | 3
            actor=xi-jinping                   | 4
            actor=Xi%20Jinping                 | 4
            actor=Nobody%20Known               | 0
            from=2023&to=2023                  | 3
            from=2024-10-24&to=2024-10-24      | 12
            from=2021-05                       | 34
            status=FALSE                       | 0
            """)
    void eachFilterNarrowsThePageAndTheCsvAlike(String query, int expected) throws Exception {
        Document page = page("/timeline?" + query);
        List<CSVRecord> rows = csv(query);

        assertThat(page.select("li.timeline-entry")).as("page " + query).hasSize(expected);
        assertThat(rows).as("csv " + query).hasSize(expected);
        assertThat(page.select("a.csv-download").attr("href")).isEqualTo("/timeline.csv?" + query);
        assertThat(page.select("a.timelinejs-download").attr("href"))
                .isEqualTo("/timeline.csv?" + query + "&layout=timelinejs");
        if (query.startsWith("status=")) {
            assertThat(rows)
                    .allSatisfy(row -> assertThat(row.get("claim_status"))
                            .isEqualTo(org.claimtrail.claim.ClaimStatus.valueOf(query.substring(7))
                                    .label()));
        }
        if (query.toLowerCase().startsWith("actor=dmitry")) {
            assertThat(rows).allSatisfy(row -> assertThat(row.get("actors")).isEqualTo("Dmitry Peskov"));
        }
    }

    @Test
    void aStoryIsFilteredByItsTitleAsByItsAddressAndDatesAsPeopleWriteThem() throws Exception {
        String byTitle = "story="
                + java.net.URLEncoder.encode(
                                "musk–putin contacts and the starlink/taiwan request",
                                java.nio.charset.StandardCharsets.UTF_8)
                        .replace("+", "%20");
        assertThat(page("/timeline?" + byTitle).select("li.timeline-entry")).hasSize(35);
        assertThat(page("/timeline?from=Oct%202024&to=24%20October%202024").select("li.timeline-entry"))
                .hasSameSizeAs(page("/timeline?from=2024-10&to=2024-10-24").select("li.timeline-entry"));
        assertThat(csv("story="
                        + java.net.URLEncoder.encode(
                                        "Musk–Putin contacts and the Starlink/Taiwan request",
                                        java.nio.charset.StandardCharsets.UTF_8)
                                .replace("+", "%20")))
                .hasSize(35);
    }

    @Test
    void aDateFilterThatIsNotADateIsSetAsideOnThePageAndRefusedForAnExport() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/timeline.csv?from=last+year&story=musk-putin-contacts"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus())
                .as("back to the timeline, which says why")
                .isEqualTo(303);
        assertThat(response.getHeader("Location")).isEqualTo("/timeline?story=musk-putin-contacts&from=last+year");
        MockHttpServletResponse page = mvc.perform(get("/timeline?to=2024-13&story=musk-putin-contacts"))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        Document html = Jsoup.parse(page.getContentAsString());
        assertThat(html.select(".notice").text())
                .contains("“to” filter “2024-13” is not a date", "month 13 does not exist");
        assertThat(html.select("#story").val()).isEqualTo("musk-putin-contacts");
    }

    @Test
    void theDownloadNamesTheStoryAndTheDate() throws Exception {
        MockHttpServletResponse response = download("/timeline.csv?story=musk-putin-contacts");

        assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.getHeader("Content-Disposition"))
                .startsWith(
                        "attachment; filename=\"claimtrail-musk-putin-contacts-timeline-" + LocalDate.now() + ".csv\"");
    }

    @Test
    void theTimelineJsLayoutHasTheExactHeaderATitleRowAndOnlyWhatEachDateStates() throws Exception {
        String body = download("/timeline.csv?story=musk-putin-contacts&layout=timelinejs")
                .getContentAsString();

        assertThat(body)
                .startsWith("Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,"
                        + "Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\r\n");
        List<CSVRecord> rows = CsvRecords.of(body);
        assertThat(rows.get(0).get("Type")).isEqualTo("title");
        assertThat(rows.get(0).get("Headline")).isEqualTo("Musk–Putin contacts and the Starlink/Taiwan request");

        CSVRecord aroundApril = row(rows, "Musk said in October 2022 that he had spoken with Putin only once");
        assertThat(List.of(aroundApril.get("Year"), aroundApril.get("Month"), aroundApril.get("Day")))
                .as("a fuzzy month has an empty Day")
                .containsExactly("2021", "4", "");
        assertThat(aroundApril.get("Display Date")).isEqualTo("around April 2021");
        assertThat(aroundApril.get("Text"))
                .contains("<a href=\"http://localhost/claims/musk-says-he-spoke-with-putin-once-in-2021\">");

        CSVRecord span = row(rows, "Musk and Putin have been in regular contact");
        assertThat(List.of(span.get("Year"), span.get("Month"), span.get("End Year"), span.get("End Month")))
                .as("late 2022 starts in September, not January; the report's month ends the period")
                .containsExactly("2022", "9", "2024", "10");
        CSVRecord late2023 = row(rows, "Putin asked Musk not to switch on Starlink over Taiwan");
        assertThat(List.of(
                        late2023.get("Year"),
                        late2023.get("Month"),
                        late2023.get("End Year"),
                        late2023.get("End Month")))
                .as("a part of a year spans its months, drawn from September, not January")
                .containsExactly("2023", "9", "2023", "12");
        assertThat(late2023.get("Display Date")).isEqualTo("late 2023");
        assertThat(rows)
                .as("a relay is marked as one, not shown as a new statement")
                .anySatisfy(
                        r -> assertThat(r.get("Headline")).endsWith("(relaying The Wall Street Journal’s sourcing)"));
        assertThat(rows)
                .as("TimelineJS shows cells as typed: no character references for quotation marks")
                .allSatisfy(r -> assertThat(String.join("|", r.values())).doesNotContain("&#39;", "&quot;"))
                .anySatisfy(r -> assertThat(r.get("Group")).contains("Musk's"));
        CSVRecord day = rows.stream()
                .filter(r -> r.get("Headline").startsWith("The Kremlin says there has been"))
                .findFirst()
                .orElseThrow();
        assertThat(List.of(day.get("Year"), day.get("Month"), day.get("Day"), day.get("Display Date")))
                .containsExactly("2024", "10", "25", "");
        CSVRecord denial = row(rows, "Dmitry Peskov denies");
        assertThat(denial.get("Group"))
                .as("grouped by claim, cut at a word")
                .startsWith("Musk and Putin have been in regular contact since late 2022")
                .hasSizeLessThanOrEqualTo(80);
        assertThat(denial.get("Text")).startsWith("<p>Musk and Putin have been in regular contact");
        assertThat(rows.stream().skip(1).map(r -> r.get("Group")).distinct().count())
                .as("one band per claim")
                .isEqualTo(jdbc.queryForObject(
                        "select count(*) from claim where story_id = "
                                + "(select id from story where slug = 'musk-putin-contacts')",
                        Long.class));
        CSVRecord quoted = rows.stream()
                .filter(r -> r.get("Headline").equals("Elon Musk asserts")
                        && !r.get("Media").isEmpty())
                .findFirst()
                .orElseThrow();
        assertThat(quoted.get("Media")).startsWith("<blockquote>").endsWith("</blockquote>");
        assertThat(quoted.get("Media Credit")).isNotBlank();

        List<CSVRecord> byTopic = timelineJs("story=musk-putin-contacts&layout=timelinejs&group=topic");
        assertThat(row(byTopic, "Starlink is still not available").get("Group")).isEqualTo("starlink-taiwan");
        List<CSVRecord> events = timelineJs("story=musk-putin-contacts&layout=timelinejs&entries=events");
        assertThat(events)
                .hasSize(1
                        + jdbc.queryForObject(
                                "select count(*) from claim where event_edtf is not null "
                                        + "and story_id = (select id from story where slug = 'musk-putin-contacts')",
                                Integer.class));
        assertThat(mvc.perform(get("/timeline.csv?layout=timelinejs&group=speaker"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(400);
    }

    @Test
    void theCsvCarriesWhatADeskPutsInItsSpreadsheetInWords() throws Exception {
        List<CSVRecord> rows = csv("story=musk-putin-contacts");

        assertThat(rows.get(0).toMap().keySet())
                .containsSubsequence(
                        "claim_status",
                        "status_reason",
                        "verdict",
                        "actors",
                        "stance",
                        "anonymous",
                        "source_count",
                        "basis",
                        "quote",
                        "whose_words",
                        "origin",
                        "relays",
                        "source_title",
                        "publisher",
                        "source_date_label",
                        "source_earliest",
                        "source_latest");
        CSVRecord briefed = rows.stream()
                .filter(r -> r.get("actors").equals("two people briefed on the request"))
                .findFirst()
                .orElseThrow();
        assertThat(briefed.get("kind")).isEqualTo("Statement");
        assertThat(briefed.get("stance")).isEqualTo("assert");
        assertThat(briefed.get("anonymous")).isEqualTo("yes");
        assertThat(briefed.get("source_count")).isEqualTo("2");
        assertThat(briefed.get("basis")).isEqualTo("briefed on the request");
        assertThat(briefed.get("source_earliest")).matches("\\d{4}-\\d{2}-\\d{2}");
        // Three Taiwan rows, one origin: the WSJ's anonymous sources, relayed by the report and Politico.
        List<CSVRecord> taiwan = rows.stream()
                .filter(r -> r.get("kind").equals("Statement")
                        && r.get("headline").contains("Putin asked Musk not to switch on Starlink"))
                .toList();
        assertThat(taiwan).hasSize(3);
        assertThat(taiwan)
                .allSatisfy(r -> assertThat(r.get("origin")).isEqualTo("anonymous sources in The Wall Street Journal"));
        assertThat(taiwan)
                .extracting(r -> r.get("relays"))
                .containsExactlyInAnyOrder("", "The Wall Street Journal", "The Wall Street Journal");
        // The Kremlin and its spokesman: one origin, the Kremlin.
        assertThat(rows.stream()
                        .filter(r -> r.get("headline").contains("acknowledges a single phone call")
                                && r.get("kind").equals("Statement"))
                        .map(r -> r.get("origin")))
                .containsExactly("The Kremlin", "The Kremlin");
        CSVRecord peskov = rows.stream()
                .filter(r -> r.get("actors").equals("Dmitry Peskov"))
                .findFirst()
                .orElseThrow();
        assertThat(peskov.get("claim_status")).isEqualTo("Disputed");
        assertThat(peskov.get("status_reason")).isNotBlank();
        assertThat(peskov.get("publisher")).isEqualTo("TASS");
        assertThat(rows)
                .filteredOn(r -> !r.get("quote").isEmpty())
                .allSatisfy(
                        r -> assertThat(r.get("whose_words")).isIn("the speaker's own words", "the source's wording"));
        assertThat(rows)
                .filteredOn(r -> r.get("kind").equals("Event"))
                .allSatisfy(r -> assertThat(r.get("anonymous")).isEmpty());
    }

    private List<CSVRecord> timelineJs(String query) throws Exception {
        return CsvRecords.of(download("/timeline.csv?" + query).getContentAsString());
    }

    private static CSVRecord row(List<CSVRecord> rows, String headlineStart) {
        return rows.stream()
                .filter(r -> r.get("Headline").startsWith(headlineStart))
                .findFirst()
                .orElseThrow();
    }

    private List<CSVRecord> csv(String query) throws Exception {
        String body =
                download("/timeline.csv" + (query.isEmpty() ? "" : "?" + query)).getContentAsString();
        assertThat(body).startsWith("\uFEFF");
        return CsvRecords.of(body.substring(1));
    }

    private MockHttpServletResponse download(String path) throws Exception {
        var started = mvc.perform(get(java.net.URI.create(path))).andReturn();
        return mvc.perform(asyncDispatch(started)).andReturn().getResponse();
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(java.net.URI.create(path)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
