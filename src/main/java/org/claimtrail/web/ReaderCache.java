package org.claimtrail.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.claimtrail.database.ContentVersion;
import org.claimtrail.site.SiteUrl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/**
 * Cached for readers, fresh for editors. A visitor's GET of a page gets an ETag and Last-Modified
 * from the content version (which every committed change moves on, in the database, so every
 * instance agrees) and a 304 when it has not changed; the rendered page is kept in memory by
 * address and version, so the next visitor gets it without a query. Signed-in users (who see
 * editing links) always get a fresh page, and the first request after any change renders afresh.
 * Runs inside Spring Security, so it knows who is asking.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10)
class ReaderCache extends OncePerRequestFilter {

    /** Answers that change with every request, carry a form token, or stream without end. */
    private static final Set<String> UNCACHED_PREFIXES = Set.of("/login", "/logout", "/error", "/actuator", "/css/",
            "/webjars/", "/timeline.csv");
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    /** A rendered page: what the next visitor gets for the same address at the same version. */
    /** @param link the Link header an API list answers with (paging), null for none */
    private record Page(long version, String contentType, String link, byte[] body) {
    }

    private final ContentVersion contentVersion;
    private final SiteUrl siteUrl;
    private final Cache<String, Page> pages;
    private final int largestPage;

    ReaderCache(ContentVersion contentVersion, SiteUrl siteUrl,
                @Value("${claimtrail.reader-cache.size:64MB}") DataSize size,
                @Value("${claimtrail.reader-cache.largest-page:512KB}") DataSize largestPage) {
        this.contentVersion = contentVersion;
        this.siteUrl = siteUrl;
        this.largestPage = (int) largestPage.toBytes();
        this.pages = Caffeine.newBuilder().maximumWeight(size.toBytes())
                .weigher((String address, Page page) -> address.length() * 2 + page.body().length + 64)
                .build();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return UNCACHED_PREFIXES.stream().anyMatch(path::startsWith) || signedIn();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentVersion.Version version = contentVersion.current();
        String etag = "\"v" + version.number() + "\"";
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setHeader(HttpHeaders.LAST_MODIFIED, HTTP_DATE.format(version.changedAt()));
        // Any cache may keep it, but must ask again each time: a 304 costs one small query.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "public, no-cache");
        response.setHeader(HttpHeaders.VARY, "Cookie, Accept");
        if (etag.equals(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        // Everything the answer depends on is in its key: the site's address too, which follows the
        // request's Host (and a trusted proxy's X-Forwarded-Host) when CLAIMTRAIL_BASE_URL is unset.
        // Keyed without it, one request for Host: evil.example put links to evil.example in every
        // reader's feed, API answers and JSON-LD until the next edit.
        String address = request.getMethod() + " " + siteUrl.base(request) + request.getRequestURI() + "?"
                + request.getQueryString() + " " + request.getHeader(HttpHeaders.ACCEPT);
        Page cached = pages.getIfPresent(address);
        if (cached != null && cached.version() == version.number()) {
            response.setContentType(cached.contentType());
            if (cached.link() != null) {
                response.setHeader(HttpHeaders.LINK, cached.link());
            }
            response.setContentLength(cached.body().length);
            if (request.getMethod().equals("GET")) {
                response.getOutputStream().write(cached.body());
            }
            return;
        }
        CapturedResponse rendered = new CapturedResponse(response);
        chain.doFilter(request, rendered);
        rendered.finish();
        if (rendered.getStatus() == HttpServletResponse.SC_OK && !request.isAsyncStarted()
                && rendered.getContentSize() <= largestPage && rendered.getContentType() != null) {
            pages.put(address, new Page(version.number(), rendered.getContentType(),
                    rendered.getHeader(HttpHeaders.LINK), rendered.getContentAsByteArray()));
        }
        rendered.copyBodyToResponse();
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
