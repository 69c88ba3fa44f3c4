package org.claimtrail.webpage;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Normalises source addresses so that one document has one address: http(s) only, lower-case
 * scheme and host, no default port, no fragment, no tracking parameters. What else one document's
 * addresses differ by (scheme, "www.", a trailing slash, parameter order) is folded when they are
 * compared, by the database's source_url_key() (migration V15), so stored addresses stay as pasted.
 */
public final class SourceUrl {

    private SourceUrl() {}

    /** The normalised address; throws IllegalArgumentException with a reader-facing reason. */
    public static String normalise(String text) {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("This is not a web address (" + e.getReason() + ").");
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new IllegalArgumentException("Use an address that starts with http:// or https://.");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new IllegalArgumentException("The address has no host name.");
        }
        int port = uri.getPort();
        boolean defaultPort =
                port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = withoutTracking(uri.getRawQuery());
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port) + path
                + (query.isEmpty() ? "" : "?" + query);
    }

    /** Parameters that say how a reader arrived, never which document it is. */
    private static final Set<String> TRACKING = Set.of(
            "fbclid",
            "gclid",
            "dclid",
            "gbraid",
            "wbraid",
            "msclkid",
            "mc_cid",
            "mc_eid",
            "igshid",
            "_ga",
            "_gl",
            "ref_src",
            "ref_url",
            "smid",
            "cmpid",
            "ocid",
            "at_medium",
            "at_campaign",
            "guccounter",
            "guce_referrer",
            "guce_referrer_sig",
            "taid",
            "mbid",
            "sh",
            "soc_src",
            "soc_trk");

    private static boolean isTracking(String name) {
        return name.startsWith("utm_") || TRACKING.contains(name);
    }

    private static String withoutTracking(String query) {
        if (query == null) {
            return "";
        }
        return Arrays.stream(query.split("&"))
                .filter(p -> !p.isEmpty() && !isTracking(p.split("=", 2)[0].toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining("&"));
    }
}
