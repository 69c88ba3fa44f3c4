package org.claimtrail.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The public pages as a reader gets them: status, the right content in the HTML, 404s. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class PagesTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void homeShowsTheStoryWithEveryClaimItsStatusAndSourcingSummary() throws Exception {
        Document home = page("/", 200);

        assertThat(home.select("h1").text()).isEqualTo("Musk–Putin contacts and the Starlink/Taiwan request");
        assertThat(home.select("li.claim-row")).hasSize(14);
        Element regularContact = rowLinkingTo(home, "/claims/musk-and-putin-in-regular-contact-since-late-2022");
        assertThat(regularContact.select(".status").text()).isEqualTo("Disputed");
        assertThat(regularContact.select(".sourcing-summary").text())
                .contains(
                        "1 origin: anonymous sources in The Wall Street Journal, relayed by 1 other source",
                        "no named source",
                        "1 denial",
                        "1 declined or did not respond");
        assertThat(regularContact.select("time").text()).isEqualTo("late 2022 into 2024");
    }

    @Test
    void claimsListOrdersByWhenTheEventHappenedWithUndatedClaimsLast() throws Exception {
        Document list = page("/claims", 200);

        var links = list.select("table.claims-table tbody tr td:first-child > a");
        assertThat(links).hasSize(14);
        assertThat(links.eachAttr("href").subList(0, 3))
                .containsExactly(
                        "/claims/spacex-won-classified-contract-in-2021", // 2021: from 1 January
                        "/claims/musk-says-he-spoke-with-putin-once-in-2021", // 2021-04~: from 1 April
                        "/claims/kremlin-acknowledges-one-call-before-2022"); // ../2021: by its end
        assertThat(links.eachAttr("href").subList(12, 14))
                .containsExactlyInAnyOrder(
                        "/claims/contacts-raise-national-security-questions",
                        "/claims/musk-holds-a-security-clearance");
    }

    @Test
    void claimPageGroupsAttributionsByStanceWithSpeakerBasisQuoteAndSource() throws Exception {
        Document claim = page("/claims/musk-and-putin-in-regular-contact-since-late-2022", 200);

        assertThat(claim.select("h1.statement").text())
                .isEqualTo("Musk and Putin have been in regular contact since late 2022, continuing into 2024.");
        assertThat(claim.select(".status-reason").text()).contains("the Kremlin denies any regular communication");
        Element asserts = claim.selectFirst("section.stance-asserts");
        assertThat(asserts.select(".speaker").text())
                .contains("several current and former U.S., European and Russian officials", "Anonymous");
        assertThat(asserts.select(".anonymous-detail").text()).contains("number of sources not stated");
        assertThat(asserts.select(".basis").text()).contains("officials and intelligence sources");
        assertThat(asserts.select(".source-wording").text())
                .as("the report's sentence, as its wording: not set as the officials' quotation")
                .contains("in regular contact with Russian President Vladimir Putin");
        assertThat(asserts.select("blockquote")).isEmpty();
        Element denies = claim.selectFirst("section.stance-denies");
        assertThat(denies.select(".speaker a").attr("href")).isEqualTo("/actors/dmitry-peskov");
        assertThat(denies.select("a[href^=/sources/]").text()).contains("as reported by TASS");
        assertThat(claim.selectFirst("section.stance-declines").text()).contains("Elon Musk", "did not respond");
    }

    @Test
    void theTaiwanRequestShowsOneSourceInOneOutletAndTwoInTheOtherBothRelayingTheWsj() throws Exception {
        Document claim = page("/claims/putin-asked-musk-not-to-activate-starlink-over-taiwan", 200);

        assertThat(claim.select("section.stance-asserts li.attribution")).hasSize(3);
        assertThat(claim.select(".anonymous-detail").eachText())
                .containsExactly("one source", "2 sources", "number of sources not stated");
        assertThat(claim.select(".relay").eachText())
                .containsExactly(
                        "Relays the sourcing of The Wall Street Journal",
                        "Relays the sourcing of The Wall Street Journal");
        assertThat(claim.select(".speaker").text())
                .contains(
                        "a former Russian intelligence officer briefed on the situation",
                        "two people briefed on the request");
        assertThat(claim.select("time.fuzzy-date").first().text()).isEqualTo("late 2023");
        assertThat(claim.select("section.stance-denies").text()).contains("None recorded.");
    }

    @Test
    void linkedClaimsShowBothWays() throws Exception {
        Document contradicted = page("/claims/musk-and-putin-in-regular-contact-since-late-2022", 200);
        Document contradicting = page("/claims/kremlin-denies-regular-musk-putin-communication", 200);

        assertThat(contradicted.select("li.link-in").text())
                .contains(
                        "Contradicted by",
                        "The Kremlin says there has been no regular communication between Putin and Musk.");
        assertThat(contradicting.select("li.link-out").text())
                .contains(
                        "Contradicts",
                        "Musk and Putin have been in regular contact since late 2022, continuing into 2024.");
    }

    @Test
    void sourcePageShowsMetadataTheOriginalAndEveryClaimItCarries() throws Exception {
        Long tass = jdbc.queryForObject(
                "select id from source where url = 'https://tass.com/politics/1862383'", Long.class);

        Document source = page("/sources/" + tass, 200);

        assertThat(source.select("h1").text())
                .isEqualTo("[Kremlin spokesman Peskov on the WSJ report, as reported by TASS]");
        assertThat(source.text()).contains("A title in [square brackets] is our description of the source");
        assertThat(source.select("a.original-url").attr("href")).isEqualTo("https://tass.com/politics/1862383");
        assertThat(source.select(".facts").text()).contains("Wire report", "TASS", "25 October 2024");
        assertThat(source.select("li.attribution a[href^=/claims/]").eachAttr("href"))
                .containsExactlyInAnyOrder(
                        "/claims/musk-and-putin-in-regular-contact-since-late-2022",
                        "/claims/kremlin-acknowledges-one-call-before-2022",
                        "/claims/kremlin-denies-regular-musk-putin-communication");
    }

    @Test
    void actorPageShowsTheirStatementsAndTheClaimsAboutThem() throws Exception {
        Document musk = page("/actors/elon-musk", 200);
        Document xi = page("/actors/xi-jinping", 200);

        assertThat(musk.select("h1").text()).isEqualTo("Elon Musk");
        assertThat(musk.select("li.attribution blockquote").text()).contains("NYT is a left-wing propaganda machine");
        assertThat(musk.text()).contains("Elon Musk did not respond");
        assertThat(xi.text()).contains("No quote of their own words is recorded.");
        assertThat(xi.select("a[href=/claims/putin-asked-musk-not-to-activate-starlink-over-taiwan]"))
                .isNotEmpty();
    }

    @Test
    void unknownAddressesAnswerWithA404PageInTheLayout() throws Exception {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("/claims/no-such-claim", "There is no claim at /claims/no-such-claim.");
        cases.put("/sources/999999999", "There is no source number 999999999.");
        cases.put("/sources/not-a-number", "There is nothing at this address.");
        cases.put("/actors/nobody", "There is no actor at /actors/nobody.");
        cases.put("/stories/nothing", "There is no story at /stories/nothing.");
        for (var entry : cases.entrySet()) {
            Document notFound = page(entry.getKey(), 404);
            assertThat(notFound.select("h1").text()).as(entry.getKey()).isEqualTo("Not found");
            assertThat(notFound.select(".error-message").text())
                    .as(entry.getKey())
                    .isEqualTo(entry.getValue());
            assertThat(notFound.select("nav a[href=/claims]"))
                    .as("layout on " + entry.getKey())
                    .isNotEmpty();
        }
    }

    /** An address no controller knows goes through the servlet container's error page: test it over HTTP. */
    @Test
    void anAddressNoPageAnswersIsA404InTheLayout() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/no/such/page"))
                                .header("Accept", "text/html")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        Document notFound = Jsoup.parse(response.body());
        assertThat(notFound.select(".error-message").text()).isEqualTo("We could not find that page.");
        assertThat(notFound.select("nav a[href=/claims]")).isNotEmpty();
        assertThat(response.body()).doesNotContain("Exception", "Whitelabel");
    }

    @Test
    void aMalformedParameterIsSetAsideWithANoticeThatSaysWhich() throws Exception {
        Document timeline = page("/timeline?after=abc&story=musk-putin-contacts&from=yesterday", 200);

        assertThat(timeline.select(".notice").eachText())
                .anySatisfy(n -> assertThat(n).contains("'after'"))
                .anySatisfy(n -> assertThat(n).contains("“yesterday”", "“from”"));
        assertThat(timeline.select("#story").val())
                .as("the other filters are kept")
                .isEqualTo("musk-putin-contacts");
        assertThat(timeline.select("li.timeline-entry")).isNotEmpty();
        assertThat(page("/sources/abc", 404).select(".error-message").text())
                .isEqualTo("There is nothing at this address.");
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicyAndNoInlineScript() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/")).andReturn().getResponse();

        assertThat(response.getHeader("Content-Security-Policy"))
                .contains("script-src 'self'")
                .doesNotContain("unsafe-inline");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        Document home = Jsoup.parse(response.getContentAsString());
        assertThat(home.select("script")).isEmpty();
        assertThat(home.select("[style]")).isEmpty();
        assertThat(home.select("link[rel=stylesheet]").eachAttr("href"))
                .allSatisfy(href -> assertThat(href).startsWith("/"));
    }

    /** Follows every link on the site from the home page: each one answers 200 (no dead links). */
    @Test
    void everyInternalLinkLeadsSomewhere() throws Exception {
        Deque<String> queue = new ArrayDeque<>();
        Map<String, Integer> visited = new LinkedHashMap<>();
        queue.add("/");
        while (!queue.isEmpty()) {
            String path = queue.poll();
            if (visited.containsKey(path)) {
                continue;
            }
            MockHttpServletResponse response = completed(get(path));
            visited.put(path, response.getStatus());
            if (response.getContentType() != null && response.getContentType().startsWith("text/html")) {
                Document document = Jsoup.parse(response.getContentAsString());
                document.select("a[href^=/], link[href^=/]").eachAttr("href").forEach(queue::add);
            }
        }
        assertThat(visited).hasSizeGreaterThan(30);
        assertThat(visited)
                .allSatisfy((path, status) -> assertThat(status).as(path).isEqualTo(200));
    }

    /**
     * The whole answer, a streamed export's too: a crawler waits for each answer before the next,
     * as a browser does (left running, exports would pile up past the per-client limit and be shed).
     */
    private MockHttpServletResponse completed(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult started = mvc.perform(request).andReturn();
        return started.getRequest().isAsyncStarted()
                ? mvc.perform(asyncDispatch(started)).andReturn().getResponse()
                : started.getResponse();
    }

    private Document page(String path, int expectedStatus) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(expectedStatus);
        assertThat(response.getContentType()).as(path).startsWith("text/html");
        return Jsoup.parse(response.getContentAsString());
    }

    private static Element rowLinkingTo(Document page, String href) {
        return page.select("li.claim-row").stream()
                .filter(row -> !row.select("a[href=" + href + "]").isEmpty())
                .findFirst()
                .orElseThrow();
    }
}
