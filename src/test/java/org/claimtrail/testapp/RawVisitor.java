package org.claimtrail.testapp;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A visitor whose request targets go on the wire byte for byte ({@link RawHttp}), with cookies
 * kept as a browser keeps them: for addresses no well-behaved client would build (percent-encoded
 * letters, doubled slashes, ";" parameters), by someone signed in or not.
 */
public final class RawVisitor {

    private static final Pattern SET_COOKIE = Pattern.compile("(?im)^Set-Cookie:\\s*([^=;\\s]+)=([^;\\r\\n]*)(.*)$");

    private final int port;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public RawVisitor(int port) {
        this.port = port;
    }

    public RawHttp.Response get(String rawTarget) {
        return send("GET", rawTarget, null);
    }

    /** Posts the fields (already encoded, any bytes) with this visitor's cookies. */
    public RawHttp.Response post(String rawTarget, String encodedBody) {
        return send("POST", rawTarget, encodedBody);
    }

    public RawHttp.Response send(String method, String rawTarget, String encodedBody) {
        String cookieHeader = cookies.isEmpty()
                ? null
                : "Cookie: "
                        + String.join(
                                "; ",
                                cookies.entrySet().stream()
                                        .map(c -> c.getKey() + "=" + c.getValue())
                                        .toList());
        RawHttp.Response response = cookieHeader == null
                ? RawHttp.send(port, method, rawTarget, encodedBody, "Accept: text/html")
                : RawHttp.send(port, method, rawTarget, encodedBody, "Accept: text/html", cookieHeader);
        keepCookies(response.head());
        return response;
    }

    /** Signs in through the real form; throws when the sign-in is refused. */
    public RawVisitor signIn(String username, String password) {
        String token = csrfToken("/login");
        RawHttp.Response response =
                post("/login", WebSession.encode(Map.of("username", username, "password", password, "_csrf", token)));
        String location = location(response);
        if (response.status() != 302 || location.contains("/login")) {
            throw new IllegalStateException(
                    "Sign-in of " + username + " refused: " + response.status() + " " + location);
        }
        return this;
    }

    /** The CSRF token a page's forms carry (the sign-out form when signed in, the sign-in form when not). */
    public String csrfToken(String page) {
        RawHttp.Response response = get(page);
        Element token = Jsoup.parse(response.body()).selectFirst("input[name=_csrf]");
        if (token == null) {
            throw new IllegalStateException("No CSRF token on " + page + " (status " + response.status() + ")");
        }
        return token.val();
    }

    public boolean hasCookie(String name) {
        return cookies.containsKey(name);
    }

    public static String location(RawHttp.Response response) {
        Matcher location = Pattern.compile("(?im)^Location:\\s*(\\S+)").matcher(response.head());
        return location.find() ? location.group(1) : "";
    }

    private void keepCookies(String head) {
        Matcher matcher = SET_COOKIE.matcher(head);
        while (matcher.find()) {
            String attributes = matcher.group(3);
            if (attributes.toLowerCase().contains("max-age=0")) {
                cookies.remove(matcher.group(1));
            } else {
                cookies.put(matcher.group(1), matcher.group(2));
            }
        }
    }
}
