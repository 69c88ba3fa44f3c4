package org.claimtrail.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The site's absolute base URL, without a trailing slash. With {@code CLAIMTRAIL_BASE_URL} set,
 * that, always: request headers (Host, X-Forwarded-Host) cannot make the application write links
 * to another site into exports, feeds and search-engine markup. Unset, the current request's
 * own address, which is right for local use.
 */
@Component
public class SiteUrl {

    private final String configured;

    SiteUrl(@Value("${claimtrail.base-url:}") String baseUrl) {
        this.configured = baseUrl == null || baseUrl.isBlank() ? null : validated(baseUrl.strip());
    }

    /** For a controller answering a request: the configured base, else this request's. */
    public String base() {
        return configured != null
                ? configured
                : ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    }

    /** For code that runs before Spring MVC (filters, the container): the configured base, else this request's. */
    public String base(jakarta.servlet.http.HttpServletRequest request) {
        return configured != null
                ? configured
                : ServletUriComponentsBuilder.fromContextPath(request).toUriString();
    }

    /** The base followed by an absolute path of the site, such as {@code /claims/x}. */
    public String of(String path) {
        return base() + path;
    }

    /** Refuses, at start-up, a base URL that cannot be one: the operator sees why at once. */
    static String validated(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("CLAIMTRAIL_BASE_URL is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalStateException("CLAIMTRAIL_BASE_URL must be an http or https address with a host, "
                    + "such as https://claims.example.org");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new IllegalStateException("CLAIMTRAIL_BASE_URL must not have a query, a fragment or a user name");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        return scheme + "://" + uri.getRawAuthority() + path;
    }
}
