package org.claimtrail.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.claimtrail.database.ContentVersion;
import org.claimtrail.database.ReadRoute;
import org.claimtrail.database.VisitorReads;
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
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Cached for readers, fresh for editors. A visitor's GET of a page gets an ETag and Last-Modified
 * from the content version (which every committed change moves on, in the database, so every
 * instance agrees) and a 304 when it has not changed; the rendered page is kept in memory by
 * address and version, so the next visitor gets it without a query. Signed-in users (who see
 * editing links) always get a fresh page, and the first request after any change renders afresh.
 * Runs inside Spring Security, so it knows who is asking. With a streaming replica configured, a
 * visitor's whole answer, version included, is read from one server ({@code database.VisitorReads}).
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10)
class ReaderCache extends OncePerRequestFilter {

    /** Answers that change with every request, carry a form token, or stream without end. */
    private static final Set<String> UNCACHED_PREFIXES =
            Set.of("/login", "/logout", "/error", "/actuator", "/css/", "/webjars/", "/timeline.csv");

    /**
     * A rendered page: what the next visitor gets for the same address at the same version, with
     * the headers it was answered with (Link for the API's paging, Content-Language, …): a cached
     * page once lost its Content-Language.
     */
    private record Page(
            long version,
            String contentType,
            java.util.Locale locale,
            Map<String, List<String>> headers,
            byte[] body) {}

    /** Headers that belong to one answer only, or that the container writes itself. */
    private static final Set<String> NOT_KEPT =
            Set.of("set-cookie", "date", "content-length", "transfer-encoding", "content-type");

    private final ContentVersion contentVersion;
    private final VisitorReads visitorReads;
    private final SiteUrl siteUrl;
    private final Cache<String, Page> pages;
    private final int largestPage;

    /** How long a visitor waits for another's render of the same page before rendering it too. */
    private static final Duration RENDER_WAIT = Duration.ofSeconds(5);

    /** Renders under way, by version and address (see {@link #answer}). */
    private final ConcurrentMap<String, CompletableFuture<Page>> rendering = new ConcurrentHashMap<>();

    ReaderCache(
            ContentVersion contentVersion,
            VisitorReads visitorReads,
            SiteUrl siteUrl,
            @Value("${claimtrail.reader-cache.size:64MB}") DataSize size,
            @Value("${claimtrail.reader-cache.largest-page:512KB}") DataSize largestPage) {
        this.contentVersion = contentVersion;
        this.visitorReads = visitorReads;
        this.siteUrl = siteUrl;
        this.largestPage = (int) largestPage.toBytes();
        this.pages = Caffeine.newBuilder()
                .maximumWeight(size.toBytes())
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
        // With a replica configured, the whole answer (its version included) is read there.
        try (ReadRoute.Pin pin = visitorReads.pin()) {
            answer(request, response, chain);
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentVersion.Version version = contentVersion.current();
        visitorReads.shown(version.number());
        // Any cache may keep it, but must ask again each time: a 304 costs one small query.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "public, no-cache");
        response.setHeader(HttpHeaders.VARY, "Cookie, Accept");
        // The framework's own conditional GET: If-None-Match with weak tags and lists, then
        // If-Modified-Since; it sets ETag and an RFC 9110 Last-Modified, and the 304. "*" matches
        // any current page (RFC 9110 13.1.2), which Spring reads only for changes.
        String etag = "\"v" + version.number() + "\"";
        ServletWebRequest conditional = new ServletWebRequest(request, response);
        if (conditional.checkNotModified(etag, version.changedAt().toEpochMilli())) {
            return;
        }
        if ("*"
                .equals(String.valueOf(request.getHeader(HttpHeaders.IF_NONE_MATCH))
                        .strip())) {
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
            send(cached, request, response);
            return;
        }
        // One render per address and version: after an edit, the visitors asking for a hot page at
        // that moment wait for the first one's render instead of each rendering it (sixteen at once
        // put the hot pages' p99 past 120 ms while an editor saved once a second).
        String flight = version.number() + " " + address;
        CompletableFuture<Page> mine = new CompletableFuture<>();
        CompletableFuture<Page> theirs = rendering.putIfAbsent(flight, mine);
        if (theirs != null) {
            Page page = awaited(theirs);
            if (page != null) {
                send(page, request, response);
            } else {
                render(request, response, chain, version.number(), address, new CompletableFuture<>());
            }
            return;
        }
        try {
            render(request, response, chain, version.number(), address, mine);
        } finally {
            // A render that failed leaves the waiters nothing: each renders for itself.
            mine.complete(null);
            rendering.remove(flight, mine);
        }
    }

    /**
     * Renders the page, keeps it if it may be kept, and hands what was kept (null if nothing) to
     * {@code done} before the body goes out, so a slow client holds up no one waiting for it.
     */
    private void render(
            HttpServletRequest request,
            HttpServletResponse response,
            FilterChain chain,
            long version,
            String address,
            CompletableFuture<Page> done)
            throws ServletException, IOException {
        CapturedResponse rendered = new CapturedResponse(response);
        chain.doFilter(request, rendered);
        rendered.finish();
        Page page = null;
        if (rendered.getStatus() == HttpServletResponse.SC_OK
                && !request.isAsyncStarted()
                && rendered.getContentSize() <= largestPage
                && rendered.getContentType() != null) {
            page = new Page(
                    version,
                    rendered.getContentType(),
                    rendered.localeSet(),
                    kept(rendered),
                    rendered.getContentAsByteArray());
            pages.put(address, page);
        }
        done.complete(page);
        rendered.copyBodyToResponse();
    }

    /** Another request's render of the same page, or null if it kept nothing or takes too long. */
    private static Page awaited(CompletableFuture<Page> render) {
        try {
            return render.get(RENDER_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    private static void send(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType(page.contentType());
        if (page.locale() != null) {
            response.setLocale(page.locale());
        }
        page.headers().forEach((name, values) -> {
            response.setHeader(name, values.get(0));
            values.stream().skip(1).forEach(value -> response.addHeader(name, value));
        });
        response.setContentLength(page.body().length);
        if (request.getMethod().equals("GET")) {
            response.getOutputStream().write(page.body());
        }
    }

    private static Map<String, List<String>> kept(HttpServletResponse rendered) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : rendered.getHeaderNames()) {
            if (!NOT_KEPT.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                headers.put(name, List.copyOf(rendered.getHeaders(name)));
            }
        }
        return headers;
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
