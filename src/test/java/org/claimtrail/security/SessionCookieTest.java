package org.claimtrail.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.claimtrail.testapp.WebSession;
import org.claimtrail.testdb.IsolatedDatabase;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The sign-in cookie over a real connection: never readable by scripts, never sent cross-site,
 * and Secure (with HSTS) when a TLS-terminating proxy says the visitor came over HTTPS.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"claimtrail.admin.username=cookie-admin", "claimtrail.admin.password=a long enough password"})
@IsolatedDatabase
class SessionCookieTest {

    @LocalServerPort
    int port;

    @Test
    void overPlainHttpTheCookieIsHttpOnlyAndSameSite() throws Exception {
        String cookie = signIn(Map.of());
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
        System.out.println("[cookies] plain HTTP: " + cookie.replaceAll("SESSION=[^;]+", "SESSION=…"));
    }

    @Test
    void behindAnHttpsProxyTheCookieIsAlsoSecureAndHstsIsSent() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("X-Forwarded-Proto", "https")
                .GET()
                .build());
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isPresent();
        String cookie = signIn(Map.of("X-Forwarded-Proto", "https"));
        assertThat(cookie).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
        System.out.println(
                "[cookies] behind HTTPS proxy: " + cookie.replaceAll("SESSION=[^;]+", "SESSION=…") + "; HSTS: "
                        + page.headers().firstValue("Strict-Transport-Security").orElseThrow());
    }

    /** Signs in with the given extra headers on every request; returns the session cookie set by the sign-in. */
    private String signIn(Map<String, String> headers) throws Exception {
        HttpRequest.Builder loginPage =
                HttpRequest.newBuilder(URI.create(base() + "/login")).GET();
        headers.forEach(loginPage::header);
        HttpResponse<String> page = send(loginPage.build());
        String token = Jsoup.parse(page.body()).selectFirst("input[name=_csrf]").val();
        // A visitor has no session; the CSRF token's cookie is all the sign-in form needs.
        assertThat(page.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("SESSION="));
        String csrfCookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("XSRF-TOKEN="))
                .findFirst()
                .orElseThrow();
        assertThat(csrfCookie).contains("HttpOnly").contains("SameSite=Lax");
        assertThat(csrfCookie.contains("Secure")).isEqualTo(headers.containsKey("X-Forwarded-Proto"));
        String firstCookie = csrfCookie.substring(0, csrfCookie.indexOf(';'));
        HttpRequest.Builder login = HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(WebSession.encode(
                        Map.of("username", "cookie-admin", "password", "a long enough password", "_csrf", token))));
        if (!firstCookie.isEmpty()) {
            login.header("Cookie", firstCookie);
        }
        headers.forEach(login::header);
        HttpResponse<String> response = send(login.build());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream()
                .filter(c -> c.startsWith("SESSION="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
