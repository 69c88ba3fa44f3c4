package org.claimtrail.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.claimtrail.site.ProblemType;
import org.claimtrail.testapp.RawHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error under /api is a problem document with a documented type, whoever answers it: the
 * API's handlers, Spring MVC before a handler is chosen, Spring Security, the filters, Tomcat.
 * Sent over a real socket, so Tomcat's own refusals are in it too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ApiProblemsTest.Failing.class)
class ApiProblemsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TestConfiguration
    @RestController
    static class Failing {
        @GetMapping("/api/test-only/failure")
        String fail() {
            throw new IllegalStateException("secret: SELECT password FROM internal_table");
        }
    }

    @LocalServerPort
    int port;

    record Case(String method, String target, ProblemType type, String... headers) {}

    @Test
    void everyKindOfErrorUnderApiIsAProblemDocumentOfItsType() {
        List<Case> cases = List.of(
                new Case("GET", "/api/claims?size=0", ProblemType.BAD_PARAMETER),
                new Case("GET", "/api/timeline?page=21474838", ProblemType.BAD_PARAMETER),
                new Case("GET", "/api/claims?status=x", ProblemType.BAD_PARAMETER),
                new Case("GET", "/api/claims/%00", ProblemType.UNREADABLE_REQUEST),
                new Case("GET", "/api/claims%2fx", ProblemType.UNREADABLE_REQUEST),
                new Case("GET", "/api/a%5cb", ProblemType.UNREADABLE_REQUEST),
                new Case("GET", "/api/claims?q=%C3%28", ProblemType.UNREADABLE_REQUEST),
                new Case("GET", "/api/claims/x/merge", ProblemType.SIGN_IN_NEEDED),
                // The API takes no change: a method it does not take is that, before any question of tokens.
                new Case("POST", "/api/claims", ProblemType.METHOD_NOT_ALLOWED),
                new Case("DELETE", "/api/claims/x", ProblemType.METHOD_NOT_ALLOWED),
                new Case("GET", "/api/nope", ProblemType.NOT_FOUND),
                new Case("GET", "/api", ProblemType.NOT_FOUND),
                new Case("GET", "/api/claims/no-such-claim", ProblemType.NOT_FOUND),
                new Case("TRACE", "/api/claims", ProblemType.METHOD_NOT_ALLOWED),
                new Case("GET", "/api/claims", ProblemType.NOT_ACCEPTABLE, "Accept: application/xml"),
                new Case("GET", "/api/test-only/failure", ProblemType.SERVER_ERROR));
        List<String> seen = new ArrayList<>();
        for (Case c : cases) {
            String what = c.method() + " " + c.target();
            RawHttp.Response response = RawHttp.send(port, c.method(), c.target(), null, c.headers());
            assertThat(response.status()).as(what).isEqualTo(c.type().status());
            assertThat(response.head()).as(what).containsIgnoringCase("Content-Type: application/problem+json");
            assertThat(response.head()).as(what).containsIgnoringCase("X-Content-Type-Options: nosniff");
            JsonNode problem = JSON.readTree(response.body());
            assertThat(problem.get("type").asString())
                    .as(what)
                    .isEqualTo("http://127.0.0.1:" + port + "/developers#"
                            + c.type().slug());
            assertThat(problem.get("status").asInt())
                    .as(what)
                    .isEqualTo(c.type().status());
            assertThat(problem.get("title").asString())
                    .as(what)
                    .isEqualTo(c.type().title());
            assertThat(problem.get("detail").asString()).as(what).isNotBlank();
            assertThat(problem.get("instance").asString()).as(what).startsWith("/api");
            assertThat(response.body()).as(what).doesNotContain("SELECT", "Exception", "secret", "tomcat", "Tomcat");
            seen.add(c.type().slug());
        }
        System.out.println("[api] " + cases.size() + " failing requests, "
                + seen.stream().distinct().count() + " kinds of problem, each answered as its documented type");
    }

    @Test
    void aBadParameterProblemNamesTheParameter() {
        RawHttp.Response response = RawHttp.get(port, "/api/timeline?status=FOO&size=5000");
        JsonNode problem = JSON.readTree(response.body());

        assertThat(problem.get("parameter").asString()).isEqualTo("status");
        assertThat(problem.get("problems").findValuesAsString("parameter")).containsExactly("status", "size");
    }

    @Test
    void everyProblemTypeIsExplainedOnTheDevelopersPage() {
        RawHttp.Response page = RawHttp.get(port, "/developers", "Accept: text/html");

        assertThat(page.status()).isEqualTo(200);
        for (ProblemType type : ProblemType.values()) {
            assertThat(page.body()).contains("id=\"" + type.slug() + "\"");
        }
    }

    /**
     * Requests Tomcat refuses before the application sees them (it never sets their URI) are problem
     * documents under /api too, saying which refusal it was; the site's addresses keep the HTML page.
     */
    @Test
    void whatTomcatRefusesUnderApiIsAProblemDocument() {
        SoftAssertions softly = new SoftAssertions();
        Map<String, String> refusals = new LinkedHashMap<>();
        refusals.put("/api/claims?q={", "percent-encoded");
        refusals.put("/api/claims?q=" + "a".repeat(9000), "longer than this server reads");
        refusals.put("/api/claims/" + "b".repeat(20000), "longer than this server reads");
        refusals.put("http://localhost/api/claims?q=|", "percent-encoded");
        refusals.forEach((target, detail) -> {
            String shown = target.substring(0, Math.min(30, target.length()));
            RawHttp.Response response = RawHttp.send(port, "GET", target, null);
            System.out.println("[api] Tomcat refused " + shown + "…: " + response.status() + ", "
                    + response.head()
                            .lines()
                            .filter(l -> l.toLowerCase().startsWith("content-type"))
                            .toList());
            softly.assertThat(response.status()).as(shown).isEqualTo(400);
            softly.assertThat(response.head()).as(shown).containsIgnoringCase("Content-Type: application/problem+json");
            softly.assertThat(response.body())
                    .as(shown)
                    .contains("\"status\":400")
                    .contains(detail);
        });
        Map<String, String> pages = Map.of(
                "/claims?q={",
                "characters that are not allowed",
                "/claims?q=" + "a".repeat(9000),
                "longer than this server reads");
        pages.forEach((page, text) -> {
            RawHttp.Response response = RawHttp.send(port, "GET", page, null);
            String shown = page.substring(0, Math.min(12, page.length()));
            softly.assertThat(response.head()).as(shown).containsIgnoringCase("Content-Type: text/html");
            softly.assertThat(response.body()).as(shown).contains(text);
        });
        softly.assertAll();
    }
}
