package org.claimtrail.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The machine-readable faces: JSON API, OpenAPI, schema.org JSON-LD, Atom. */
@SpringBootTest
@AutoConfigureMockMvc
class ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Test
    void claimsArePagedWithStableFieldsAndIsoDatesBesideTheEdtf() throws Exception {
        String firstPage = json("/api/claims?size=5", 200);
        String next = JsonPath.read(firstPage, "$.links.next");
        assertThat(next).startsWith("http://localhost/api/claims?size=5&after=");
        String body = json(next.substring("http://localhost".length()), 200);

        assertThat(JsonPath.<Integer>read(body, "$.size")).isEqualTo(5);
        assertThat(JsonPath.<Integer>read(body, "$.totalItems")).isEqualTo(14);
        assertThat(JsonPath.<Boolean>read(body, "$.totalItemsCapped")).isFalse();
        assertThat(JsonPath.<List<Object>>read(body, "$.items")).hasSize(5);
        assertThat(JsonPath.<String>read(body, "$.links.prev")).contains("before=");
        assertThat(JsonPath.<String>read(body, "$.links.first")).isEqualTo("http://localhost/api/claims?size=5");
        Map<String, Object> first = JsonPath.read(body, "$.items[0]");
        assertThat(first)
                .containsOnlyKeys(
                        "slug",
                        "url",
                        "statement",
                        "status",
                        "statusReason",
                        "event",
                        "topics",
                        "story",
                        "withdrawn",
                        "sourcing");
        String all = json("/api/claims?size=50", 200);
        assertThat(JsonPath.<List<String>>read(
                        all, "$.items[?(@.slug == 'musk-says-he-spoke-with-putin-once-in-2021')].event.edtf"))
                .containsExactly("2021-04~");
        assertThat(JsonPath.<List<String>>read(
                        all, "$.items[?(@.slug == 'musk-says-he-spoke-with-putin-once-in-2021')].event.earliest"))
                .containsExactly("2021-04-01");
        assertThat(JsonPath.<List<Integer>>read(
                        all,
                        "$.items[?(@.slug == 'musk-and-putin-in-regular-contact-since-late-2022')].sourcing.denials"))
                .containsExactly(1);
    }

    @Test
    void oneClaimCarriesItsAttributionsSourcesLinksAndSourcingSummary() throws Exception {
        String body = json("/api/claims/putin-asked-musk-not-to-activate-starlink-over-taiwan", 200);

        assertThat(JsonPath.<String>read(body, "$.status")).isEqualTo("REPORTED");
        assertThat(JsonPath.<String>read(body, "$.event.edtf")).isEqualTo("2023-39");
        assertThat(JsonPath.<String>read(body, "$.event.latest")).isEqualTo("2023-12-31");
        assertThat(JsonPath.<List<Integer>>read(body, "$.attributions.asserts.first[*].sourceCount"))
                .containsExactly(1, 2, null);
        assertThat(JsonPath.<Integer>read(body, "$.attributions.asserts.total")).isEqualTo(3);
        assertThat(JsonPath.<String>read(body, "$.attributions.asserts.all"))
                .isEqualTo(
                        "http://localhost/api/claims/putin-asked-musk-not-to-activate-starlink-over-taiwan/attributions?group=asserts");
        assertThat(JsonPath.<List<Boolean>>read(body, "$.attributions.asserts.first[*].anonymous"))
                .containsOnly(true);
        assertThat(JsonPath.<List<String>>read(body, "$.attributions.asserts.first[*].source.title"))
                .contains("[Politico Europe summary of the WSJ report on Musk and Putin]");
        assertThat(JsonPath.<List<String>>read(body, "$.attributions.asserts.first[*].source.publisher.slug"))
                .contains("politico-europe");
        assertThat(JsonPath.<Integer>read(body, "$.linksOutTotal")).isEqualTo(1);
        assertThat(JsonPath.<List<String>>read(body, "$.linksOut[*].type")).containsExactly("SUPPORTS");
        assertThat(JsonPath.<List<String>>read(body, "$.linksIn[*].claim"))
                .as("the report draws no link from Starlink's absence in Taiwan to the request (V30)")
                .isEmpty();
        assertThat(JsonPath.<Integer>read(body, "$.sourcing.origins")).isEqualTo(1);
        assertThat(JsonPath.<Integer>read(body, "$.sourcing.relays")).isEqualTo(2);
        assertThat(JsonPath.<List<String>>read(body, "$.attributions.asserts.first[*].relays"))
                .containsExactly("The Wall Street Journal", "The Wall Street Journal", null);
        assertThat(JsonPath.<List<String>>read(body, "$.subjects[*].slug")).contains("xi-jinping");
    }

    @Test
    void theTimelineApiTakesThePagesFilters() throws Exception {
        String body = json("/api/timeline?actor=dmitry-peskov", 200);

        assertThat(JsonPath.<Integer>read(body, "$.totalItems")).isEqualTo(3);
        assertThat(JsonPath.<List<String>>read(body, "$.items[*].kind")).containsOnly("STATEMENT");
        assertThat(JsonPath.<List<String>>read(body, "$.items[*].date.edtf")).containsOnly("2024-10-25");
    }

    @Test
    void errorsAreProblemDetails() throws Exception {
        MockHttpServletResponse missing =
                mvc.perform(get("/api/claims/no-such-claim")).andReturn().getResponse();
        MockHttpServletResponse badPage =
                mvc.perform(get("/api/claims?size=0")).andReturn().getResponse();
        MockHttpServletResponse badDate =
                mvc.perform(get("/api/timeline?from=soon")).andReturn().getResponse();

        assertThat(missing.getStatus()).isEqualTo(404);
        assertThat(missing.getContentType()).isEqualTo("application/problem+json");
        assertThat(JsonPath.<String>read(missing.getContentAsString(), "$.detail"))
                .contains("no-such-claim");
        assertThat(JsonPath.<Integer>read(missing.getContentAsString(), "$.status"))
                .isEqualTo(404);
        assertThat(badPage.getStatus()).isEqualTo(400);
        assertThat(JsonPath.<String>read(badPage.getContentAsString(), "$.detail"))
                .contains("'size' must be a whole number from 1 to 200");
        assertThat(badDate.getStatus()).isEqualTo(400);
        assertThat(JsonPath.<String>read(badDate.getContentAsString(), "$.detail"))
                .contains("“from” filter “soon” is not a date");
    }

    /** The claims list, the timeline and their pages read filter values by one set of rules, in the same words. */
    @Test
    void everyListReadsItsFiltersTheSameWayAndTheApiNamesWhatItCannotRead() throws Exception {
        for (String query : List.of("status=x", "from=2022/2024", "to=soon", "last=false", "size=0")) {
            String claims = problem("/api/claims?" + query);
            String timeline = problem("/api/timeline?" + query);
            String parameter = query.substring(0, query.indexOf('='));
            assertThat(JsonPath.<String>read(claims, "$.parameter")).as(query).isEqualTo(parameter);
            assertThat(JsonPath.<String>read(timeline, "$.parameter")).as(query).isEqualTo(parameter);
            if (!parameter.equals("size")) {
                String detail = JsonPath.read(claims, "$.detail");
                assertThat(JsonPath.<String>read(timeline, "$.detail"))
                        .as(query)
                        .isEqualTo(detail);
                String page = mvc.perform(get("/timeline?" + query))
                        .andReturn()
                        .getResponse()
                        .getContentAsString();
                assertThat(Jsoup.parse(page).text()).as("/timeline?" + query).contains(detail);
            }
        }
        assertThat(JsonPath.<String>read(problem("/api/claims?story=no-such-story"), "$.parameter"))
                .isEqualTo("story");
        assertThat(JsonPath.<String>read(problem("/api/timeline?actor=Nobody%20Atall"), "$.parameter"))
                .isEqualTo("actor");
        assertThat(JsonPath.<String>read(problem("/api/timeline?actor=elon"), "$.detail"))
                .contains("Elon Musk (elon-musk)");
        assertThat(JsonPath.<String>read(problem("/api/claims?sort=sideways"), "$.parameter"))
                .isEqualTo("sort");
        assertThat(JsonPath.<String>read(problem("/api/claims?page=2"), "$.parameter"))
                .isEqualTo("page");
        json("/api/claims?actor=Elon%20Musk&story=musk-putin-contacts", 200);
        json(
                "/api/timeline?actor=dmitry-peskov&story=musk%E2%80%93putin%20contacts%20and%20the%20starlink/taiwan%20request",
                200);
    }

    /** A value the site would have to clean to read (a control character) is refused, naming its parameter. */
    @Test
    void aParameterValueWithControlCharactersIsRefusedNotReadAsSomethingElse() throws Exception {
        for (String query : List.of("last=%08", "story=musk%00putin", "from=2022%07")) {
            var answer = mvc.perform(get("/api/claims?" + query)).andReturn().getResponse();
            assertThat(answer.getStatus()).as(query).isEqualTo(400);
            String problem = answer.getContentAsString();
            assertThat(JsonPath.<String>read(problem, "$.parameter"))
                    .as(query)
                    .isEqualTo(query.substring(0, query.indexOf('=')));
            assertThat(JsonPath.<String>read(problem, "$.detail")).as(query).isNotBlank();
        }
    }

    @Test
    void anUnchangedAnswerIsA304() throws Exception {
        MockHttpServletResponse first =
                mvc.perform(get("/api/claims?size=2")).andReturn().getResponse();
        String etag = first.getHeader("ETag");

        assertThat(etag).matches("\"v\\d+\"");
        assertThat(first.getHeader("Link")).contains("rel=\"next\"");
        MockHttpServletResponse again = mvc.perform(get("/api/claims?size=2").header("If-None-Match", etag))
                .andReturn()
                .getResponse();
        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(again.getContentAsByteArray()).isEmpty();
        MockHttpServletResponse cached =
                mvc.perform(get("/api/claims?size=2")).andReturn().getResponse();
        assertThat(cached.getHeader("Link"))
                .as("the reader cache keeps the Link header")
                .isEqualTo(first.getHeader("Link"));
    }

    @Test
    void theApisDocumentIsServedAsWrittenWithTheSitesAddress() throws Exception {
        String body = json("/api/openapi.json", 200);

        Map<String, Object> served = JSON.readValue(body, Map.class);
        Map<String, Object> written = ApiDocumentController.load();
        assertThat(served).containsOnlyKeys(written.keySet());
        assertThat(served.get("paths")).isEqualTo(written.get("paths"));
        assertThat(served.get("components")).isEqualTo(written.get("components"));
        assertThat(JsonPath.<String>read(body, "$.openapi")).isEqualTo("3.0.3");
        assertThat(JsonPath.<String>read(body, "$.servers[0].url")).isEqualTo("http://localhost");
        assertThat(JsonPath.<String>read(body, "$.info.contact.url")).isEqualTo("http://localhost/developers");
        assertThat(JsonPath.<String>read(body, "$.info.license.name")).isNotBlank();
        assertThat(JsonPath.<Map<String, Object>>read(body, "$.paths"))
                .containsKeys("/api/claims", "/api/claims/{slug}", "/api/claims/{slug}/attributions", "/api/timeline");
        assertThat(JsonPath.<List<String>>read(body, "$.paths.*.get.operationId"))
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrder(
                        "listClaims", "getClaim", "listClaimAttributions", "listTimeline", "getApiDocument");
    }

    @Test
    void aClaimPageCarriesSchemaOrgClaimAndNoClaimReviewWithoutAPublishedVerdict() throws Exception {
        JsonNode disputed = jsonLd("/claims/musk-and-putin-in-regular-contact-since-late-2022");
        JsonNode reported = jsonLd("/claims/putin-asked-musk-not-to-activate-starlink-over-taiwan");

        JsonNode claim = disputed.get("@graph").get(0);
        assertThat(disputed.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(claim.get("@type").asString()).isEqualTo("Claim");
        // Where it appeared, asserted: the WSJ and the report. TASS carries the Kremlin's denial, not the claim.
        assertThat(claim.get("appearance").size()).isEqualTo(2);
        assertThat(claim.get("appearance").toString()).doesNotContain("TASS");
        assertThat(claim.get("firstAppearance").get("name").asString())
                .isEqualTo("[Wall Street Journal investigation of Musk–Putin contacts]");
        assertThat(claim.get("firstAppearance").get("datePublished").asString()).isEqualTo("2024-10-24");
        assertThat(disputed.get("@graph").size())
                .as("a disputed status is nobody's verdict: no ClaimReview")
                .isEqualTo(1);
        assertThat(reported.get("@graph").size())
                .as("no verdict, no ClaimReview")
                .isEqualTo(1);
        assertThat(jsonLd("/claims/musk-calls-nyt-and-wsj-left-wing")
                        .get("@graph")
                        .get(0)
                        .get("author")
                        .get(0)
                        .get("name")
                        .asString())
                .isEqualTo("Elon Musk");
    }

    /** Every claim of the seed: dates a validator accepts, no empty lists, each appearance's address. */
    @Test
    void everyClaimPagesJsonLdHasIsoDatesOnlyAndNoEmptyLists() throws Exception {
        List<String> slugs = JsonPath.read(json("/api/claims?size=200", 200), "$.items[*].slug");
        int dates = 0;
        int appearances = 0;
        for (String slug : slugs) {
            String ld = jsonLd("/claims/" + slug).toString();
            for (String date : JsonPath.<List<String>>read(ld, "$..datePublished")) {
                assertThat(date).as(slug).matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
                dates++;
            }
            assertThat(ld).as(slug + ": no empty list").doesNotContain("[]");
            for (Map<String, Object> work : JsonPath.<List<Map<String, Object>>>read(ld, "$..appearance[*]")) {
                assertThat(work).as(slug).containsKeys("@type", "name");
                appearances++;
            }
        }
        String withUrl = jsonLd("/claims/kremlin-denies-regular-musk-putin-communication")
                .toString();
        assertThat(JsonPath.<List<String>>read(withUrl, "$..appearance[*].url"))
                .contains("https://tass.com/politics/1862383");
        System.out.println("[json-ld] " + slugs.size() + " claim pages: " + dates + " ISO dates, " + appearances
                + " appearances, no empty list");
    }

    @Test
    void theAtomFeedParsesAsAtomWithTheRecentChangesToClaims() throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get("/feed.atom")).andReturn().getResponse();

        assertThat(response.getContentType()).startsWith("application/atom+xml");
        SyndFeed feed = new SyndFeedInput().build(new StringReader(response.getContentAsString()));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getEntries()).hasSizeBetween(1, 50);
        assertThat(feed.getEntries()).allSatisfy(entry -> {
            assertThat(entry.getTitle()).containsAnyOf("Claim", "Attribution", "Correction");
            assertThat(entry.getAuthor()).isNotBlank();
            assertThat(entry.getLink()).matches("http://localhost/(claims/.+|corrections)");
            assertThat(entry.getUpdatedDate()).isNotNull();
        });
    }

    private JsonNode jsonLd(String path) throws Exception {
        var page = Jsoup.parse(mvc.perform(get(path)).andReturn().getResponse().getContentAsString());
        var scripts = page.select("script[type=application/ld+json]");
        assertThat(scripts).hasSize(1);
        return JSON.readTree(scripts.first().data());
    }

    private String problem(String path) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get(URI.create(path))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(400);
        assertThat(response.getContentType()).as(path).isEqualTo("application/problem+json");
        return response.getContentAsString();
    }

    private String json(String path, int status) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get(URI.create(path))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(status);
        assertThat(response.getContentType()).as(path).startsWith("application/json");
        return response.getContentAsString();
    }
}
