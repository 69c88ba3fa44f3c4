package org.claimtrail.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimtrail.testapp.RawHttp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Whatever goes wrong, a visitor gets a page in the site's layout or a problem document, and
 * never a stack trace, an SQL statement, a class name or the server's version.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ErrorPagesTest.Failing.class)
class ErrorPagesTest {

    /** Words that would betray internals. */
    static final List<String> INTERNALS = List.of(
            "Exception",
            "exception",
            "at org.",
            "at java.",
            "SELECT",
            "select ",
            "internal_table",
            "Hibernate",
            "hibernate",
            "jdbc",
            "PSQL",
            "Tomcat",
            "tomcat",
            "Whitelabel",
            "stack",
            "trace",
            "secret");

    @TestConfiguration
    @RestController
    static class Failing {
        @GetMapping("/test-only/failure")
        String fail() {
            throw new IllegalStateException("secret: SELECT password FROM internal_table at org.claimtrail.Secret");
        }
    }

    @LocalServerPort
    int port;

    @Test
    void everyErrorIsAFriendlyPageInTheLayoutWithoutInternals() {
        List<Object[]> cases = List.of(
                new Object[] {"/test-only/failure", 500},
                new Object[] {"/no/such/address", 404},
                new Object[] {"/claims/no-such-claim", 404},
                new Object[] {"/sources/abc", 404},
                new Object[] {"/claims?q=%C3%28", 400},
                new Object[] {"/timeline.csv?layout=yesterday", 400});
        for (Object[] c : cases) {
            RawHttp.Response response = RawHttp.get(port, (String) c[0], "Accept: text/html");
            assertThat(response.status()).as((String) c[0]).isEqualTo(c[1]);
            assertFriendly((String) c[0], response);
        }
        // A change without a CSRF token is refused before anything else is looked at; a method the
        // address does not take is that, whoever asks.
        RawHttp.Response refused = RawHttp.send(port, "POST", "/claims/new", null);
        assertThat(refused.status()).isEqualTo(403);
        assertFriendly("POST /claims/new", refused);
        RawHttp.Response notTaken = RawHttp.delete(port, "/claims");
        assertThat(notTaken.status()).isEqualTo(405);
        assertThat(notTaken.head()).containsIgnoringCase("Allow: GET, HEAD, OPTIONS");
        assertFriendly("DELETE /claims", notTaken);
        System.out.println("[errors] " + (cases.size() + 2) + " failures (500, 404, 400, 403, 405) answered with the "
                + "site's page and no internals");
    }

    @Test
    void requestsTheServerCannotEvenParseGetABareRefusalWithoutInternals() {
        List<String> targets = List.of(
                "/claims/%",
                "/claims?q=%zz%", "/claims/%c0%ae%c0%ae/", "/%00", "/claims?q=%ff%fe", "/" + "a".repeat(20_000));
        for (String target : targets) {
            RawHttp.Response response = RawHttp.get(port, target, "Accept: text/html");
            assertThat(response.status()).as(target).isBetween(200, 499);
            for (String word : INTERNALS) {
                assertThat(response.body())
                        .as(target + " must not mention " + word)
                        .doesNotContain(word);
            }
            assertThat(response.head()).as(target).doesNotContainIgnoringCase("Server: Apache");
        }
        System.out.println("[errors] " + targets.size() + " malformed requests answered below 500, without internals");
    }

    /**
     * Tomcat answers some requests itself, before the application sees them; those answers carried
     * none of the site's headers. And /error is where failures are rendered, not a page.
     */
    @Test
    void theContainersOwnAnswersCarryTheSiteHeadersAndErrorIsNotAPage() {
        List<String> targets = List.of(
                "/css/%2e%2e%2fx",
                "/claims%2fx",
                "/a%2Fb",
                "/a%00b",
                "/a%5cb",
                "/a%5Cb",
                "/claims/%2e%2e/admin/accounts",
                "/%2e%2e/%2e%2e/etc/passwd");
        for (String target : targets) {
            RawHttp.Response response = RawHttp.get(port, target, "Accept: text/html");
            assertThat(response.status()).as(target).isBetween(400, 499);
            assertHeaders(target, response.head());
            assertFriendly(target, response);
        }
        for (String target : List.of("/error", "/%65rror", "/error;x=1", "/error/", "/error?status=500")) {
            RawHttp.Response response = RawHttp.get(port, target, "Accept: text/html");
            assertThat(response.status()).as(target).isIn(400, 404);
            assertHeaders(target, response.head());
        }
        RawHttp.Response json = RawHttp.get(port, "/error", "Accept: application/json");
        assertThat(json.status()).isEqualTo(404);
        assertThat(json.body()).doesNotContain("999");
        System.out.println("[errors] " + targets.size() + " requests Tomcat refuses itself and 6 requests for /error: "
                + "all with the site's headers, /error is not found");
    }

    /** A site address's error is the site's page whatever the client says it accepts; Boot answered JSON to * /*. */
    @Test
    void aSiteAddressesErrorIsThePageWhateverTheClientAccepts() {
        for (String accept : List.of(
                "Accept: */*",
                "Accept: application/json",
                "Accept: application/xml",
                "Accept: text/plain",
                "X-No-Accept: 1")) {
            RawHttp.Response response = RawHttp.get(port, "/no-such-page", accept);
            assertThat(response.status()).as(accept).isEqualTo(404);
            assertThat(response.head()).as(accept).containsIgnoringCase("Content-Type: text/html");
            assertFriendly("/no-such-page with " + accept, response);
        }
    }

    static void assertHeaders(String what, String head) {
        assertThat(head).as(what + ": CSP").containsIgnoringCase("Content-Security-Policy: default-src 'self'");
        assertThat(head).as(what).containsIgnoringCase("X-Content-Type-Options: nosniff");
        assertThat(head).as(what).containsIgnoringCase("X-Frame-Options: DENY");
        assertThat(head).as(what).containsIgnoringCase("Referrer-Policy: strict-origin-when-cross-origin");
    }

    @Test
    void apiErrorsAreProblemDocumentsWithoutInternals() {
        for (String target : List.of(
                "/api/claims/no-such-claim",
                "/api/claims?size=0",
                "/api/claims?size=x",
                "/api/timeline?from=yesterday")) {
            RawHttp.Response response = RawHttp.get(port, target, "Accept: application/json");
            assertThat(response.status()).as(target).isBetween(400, 499);
            assertThat(response.head()).as(target).containsIgnoringCase("Content-Type: application/problem+json");
            for (String word : INTERNALS) {
                assertThat(response.body()).as(target).doesNotContain(word);
            }
        }
    }

    private static void assertFriendly(String what, RawHttp.Response response) {
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("header.site-header nav"))
                .as(what + " is in the site's layout")
                .isNotEmpty();
        assertThat(page.select("main h1")).as(what + " has a heading").isNotEmpty();
        for (String word : INTERNALS) {
            assertThat(response.body()).as(what + " must not mention " + word).doesNotContain(word);
        }
    }
}
