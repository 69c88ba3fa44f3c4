package org.claimtrail.testapp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A visitor over real HTTP, as a browser without JavaScript is one: cookies kept, redirects not
 * followed (the tests look at them), forms posted with the CSRF token the page carries.
 */
public final class WebSession {

    private final String baseUrl;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;
    /** Kept like a browser keeps a loaded form: posts still carry it while pages fail to load. */
    private volatile String csrfToken;

    public WebSession(String baseUrl) {
        this.baseUrl = baseUrl;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** The same visitor (same cookies) talking to another instance. */
    public WebSession on(String otherBaseUrl) {
        WebSession other = new WebSession(otherBaseUrl);
        URI from = URI.create(baseUrl);
        URI to = URI.create(otherBaseUrl);
        cookies.getCookieStore()
                .get(from)
                .forEach(cookie -> other.cookies.getCookieStore().add(to, cookie));
        return other;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).GET());
    }

    /** A raw request line: for query strings no well-behaved client would build. */
    public HttpResponse<String> getRaw(String rawPathAndQuery) {
        return send(
                HttpRequest.newBuilder(URI.create(baseUrl + rawPathAndQuery)).GET());
    }

    public HttpResponse<String> signIn(String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("password", password);
        form.put("_csrf", csrfToken("/login"));
        HttpResponse<String> response = post("/login", form);
        // Signing in issues a new token.
        csrfToken = null;
        return response;
    }

    /** Posts the fields as a browser would, with this session's CSRF token. */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        if (!withToken.containsKey("_csrf")) {
            withToken.put("_csrf", csrfToken());
        }
        return postEncoded(path, encode(withToken));
    }

    /** This session's CSRF token, read once from a page (every page of a signed-in editor has one). */
    public String csrfToken() {
        if (csrfToken == null) {
            csrfToken = csrfToken("/");
        }
        return csrfToken;
    }

    /** Posts an already url-encoded body, which may hold byte sequences that are not UTF-8. */
    public HttpResponse<String> postEncoded(String path, String encodedBody) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encodedBody, StandardCharsets.US_ASCII)));
    }

    /** The token as the sign-out form (or the sign-in form) of a page carries it. */
    private String csrfToken(String page) {
        HttpResponse<String> response = get(page);
        Element token = Jsoup.parse(response.body()).selectFirst("input[name=_csrf]");
        if (token == null) {
            throw new IllegalStateException("No CSRF token on " + page + " (status " + response.statusCode()
                    + ", cookies " + cookies.getCookieStore().getCookies() + ")");
        }
        return token.val();
    }

    public static String encode(Map<String, String> fields) {
        return encode(List.copyOf(fields.entrySet()));
    }

    /** Name/value pairs, repeated names allowed, as application/x-www-form-urlencoded. */
    public static String encode(List<Map.Entry<String, String>> fields) {
        return fields.stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** Sends any request with this visitor's cookies. */
    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(
                    request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
