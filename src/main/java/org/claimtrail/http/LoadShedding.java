package org.claimtrail.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.claimtrail.errors.FilterErrorPage;
import org.claimtrail.errors.ServiceUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Overload sheds, it doesn't queue. At most {@code concurrent-requests} readers' requests do work
 * at once; one that cannot start within {@code queue-wait} gets a fast 503 with Retry-After,
 * instead of waiting in a queue that outlives the clients who filled it. Cheap answers pass by:
 * health checks, static files, and pages the reader cache serves (it runs before this filter).
 * Changes (posts) are not shed: an editor's save must not lose to a crowd of readers.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 20)
class LoadShedding extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = ServiceUnavailable.RETRY_SOON_SECONDS;
    private static final Logger log = LoggerFactory.getLogger(LoadShedding.class);

    private final Semaphore permits;
    private final Duration queueWait;
    private final FilterErrorPage errorPage;
    private final AtomicLong shed = new AtomicLong();

    LoadShedding(
            @Value("${claimtrail.overload.concurrent-requests:12}") int concurrentRequests,
            @Value("${claimtrail.overload.queue-wait:500ms}") Duration queueWait,
            FilterErrorPage errorPage) {
        this.permits = new Semaphore(concurrentRequests, true);
        this.queueWait = queueWait;
        this.errorPage = errorPage;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !request.getMethod().equals("GET") && !request.getMethod().equals("HEAD")
                || path.startsWith("/actuator/")
                || path.startsWith("/css/")
                || path.startsWith("/webjars/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean admitted;
        try {
            admitted = permits.tryAcquire(queueWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            long count = shed.incrementAndGet();
            if (count == 1 || count % 1000 == 0) {
                log.warn(
                        "Overloaded: {} requests answered 503 so far (latest {} {})",
                        count,
                        request.getMethod(),
                        request.getRequestURI());
            }
            ServiceUnavailable.write(
                    errorPage,
                    request,
                    response,
                    RETRY_AFTER_SECONDS,
                    "Claimtrail is very busy just now. Please try again in a few seconds.");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }
}
