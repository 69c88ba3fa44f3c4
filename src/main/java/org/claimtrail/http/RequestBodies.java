package org.claimtrail.http;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.claimtrail.errors.FilterErrorPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Slow request bodies cannot take the threads every page needs. The container reads a body when
 * the application first asks for a parameter, on the request's thread, for as long as the client
 * takes: 70 connections sending a form at a byte a second once held all 64 threads, and every page
 * (health included) stopped. So, before anything reads a parameter, the body is read here:
 * <ul>
 *   <li>at most {@code concurrent-reads} bodies at once, {@code per-client} of them from one
 *       address; any more is refused at once with 503, so the threads left serve everyone else;</li>
 *   <li>each must be whole within {@code deadline} (else 408) and no larger than {@code max-size}
 *       (else 413).</li>
 * </ul>
 * A refusal closes the connection instead of letting the container drain, on a thread and at the
 * client's pace, what the client still sends. The request then goes on with its body in memory
 * ({@link BufferedBodyRequest}); the permit is returned as soon as the body is read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestBodies extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestBodies.class);

    private final long maxSize;
    private final long largeMaxSize;
    private final List<PathPattern> largePaths;
    private final Duration deadline;
    private final int perClient;
    private final Semaphore reads;
    private final Map<String, AtomicInteger> readsByClient = new ConcurrentHashMap<>();
    private final FilterErrorPage errorPage;

    RequestBodies(
            @Value("${claimtrail.request-body.max-size:1MB}") DataSize maxSize,
            @Value("${claimtrail.request-body.deadline:10s}") Duration deadline,
            @Value("${claimtrail.request-body.concurrent-reads:16}") int concurrentReads,
            @Value("${claimtrail.request-body.per-client:4}") int perClient,
            @Value("${claimtrail.request-body.large-max-size:8MB}") DataSize largeMaxSize,
            @Value("${claimtrail.request-body.large-paths:}") List<String> largePaths,
            FilterErrorPage errorPage) {
        this.maxSize = maxSize.toBytes();
        this.largeMaxSize = largeMaxSize.toBytes();
        this.largePaths = largePaths.stream()
                .filter(p -> !p.isBlank())
                .map(p -> PathPatternParser.defaultInstance.parse(p.strip()))
                .toList();
        this.deadline = deadline;
        this.perClient = perClient;
        this.reads = new Semaphore(concurrentReads);
        this.errorPage = errorPage;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        boolean chunked = request.getHeader("Transfer-Encoding") != null;
        if (length <= 0 && !chunked) {
            chain.doFilter(request, response);
            return;
        }
        long limit = limitFor(request);
        if (length > limit) {
            refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, tooLarge(limit));
            return;
        }
        String client = request.getRemoteAddr();
        if (!admit(client)) {
            response.setHeader("Retry-After", LoadShedding.RETRY_AFTER_SECONDS);
            refuse(
                    request,
                    response,
                    HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "Too many forms are arriving at once "
                            + "just now. Nothing was saved: please send it again in a few seconds.");
            return;
        }
        byte[] body;
        try {
            body = read(request.getInputStream(), limit);
        } catch (TooLate late) {
            refuse(
                    request,
                    response,
                    HttpServletResponse.SC_REQUEST_TIMEOUT,
                    "The form took too long to arrive (more " + "than " + deadline.toSeconds()
                            + " s). Nothing was saved: please send it again.");
            return;
        } catch (TooLarge large) {
            refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, tooLarge(limit));
            return;
        } catch (IOException clientGone) {
            log.debug(
                    "Body of {} {} not received: {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    clientGone.toString());
            return;
        } finally {
            release(client);
        }
        chain.doFilter(new BufferedBodyRequest(request, body), response);
    }

    /** The whole body, as long as it arrives within the deadline and fits the size. */
    private byte[] read(ServletInputStream in, long limit) throws IOException {
        long until = System.nanoTime() + deadline.toNanos();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        for (int read; (read = in.read(chunk)) != -1; ) {
            body.write(chunk, 0, read);
            if (body.size() > limit) {
                throw new TooLarge();
            }
            if (System.nanoTime() > until) {
                throw new TooLate();
            }
        }
        return body.toByteArray();
    }

    private String tooLarge(long limit) {
        return "This form is too large to be sent (at most " + limit / 1024 + " KB). Nothing was saved.";
    }

    /**
     * The most a body may hold here: the site-wide size, or the larger one configured for the few
     * forms that carry a whole sheet (claimtrail.request-body.large-paths), matched on the path alone.
     */
    private long limitFor(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(request.getRequestURI());
        return largePaths.stream().anyMatch(p -> p.matches(path)) ? largeMaxSize : maxSize;
    }

    private boolean admit(String client) {
        AtomicInteger fromClient = readsByClient.computeIfAbsent(client, c -> new AtomicInteger());
        if (fromClient.incrementAndGet() > perClient || !reads.tryAcquire()) {
            forget(client);
            return false;
        }
        return true;
    }

    private void release(String client) {
        reads.release();
        forget(client);
    }

    private void forget(String client) {
        readsByClient.computeIfPresent(client, (c, count) -> count.decrementAndGet() <= 0 ? null : count);
    }

    /**
     * Answers without reading (the rest of) the body, and closes the connection. A request that
     * ends asynchronously with "Connection: close" is closed by the container, not drained.
     */
    private void refuse(HttpServletRequest request, HttpServletResponse response, int status, String message)
            throws IOException {
        log.info(
                "Refused {} {} from {}: {} ({})",
                request.getMethod(),
                request.getRequestURI(),
                request.getRemoteAddr(),
                status,
                message);
        AsyncContext async = request.isAsyncSupported() ? request.startAsync(request, response) : null;
        response.setHeader("Connection", "close");
        errorPage.write(request, response, status, "error", Map.of("status", status, "message", message), message);
        if (async != null) {
            async.complete();
        }
    }

    private static final class TooLate extends IOException {}

    private static final class TooLarge extends IOException {}
}
