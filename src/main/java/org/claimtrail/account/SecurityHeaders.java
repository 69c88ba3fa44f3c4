package org.claimtrail.account;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every response carries. Spring Security writes them on ordinary responses
 * (SecurityConfiguration); http's ProtectiveHeadersFilter sets them first on every request, so
 * answers Spring Security never writes (its firewall's refusals) carry them too; Tomcat's own
 * answers get them from http's ContainerErrorPage.
 */
public final class SecurityHeaders {

    /** Pages only the site's own origin may feed: no inline script or style anywhere. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static final String REFERRER_POLICY = "strict-origin-when-cross-origin";

    private SecurityHeaders() {}

    /** The protective headers and no caching: for error pages written outside Spring Security. */
    public static void applyTo(HttpServletResponse response) {
        applyProtectiveHeaders(response);
        response.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
    }

    /** The headers that keep a page from being framed, sniffed or made to run foreign script. */
    public static void applyProtectiveHeaders(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", REFERRER_POLICY);
    }
}
