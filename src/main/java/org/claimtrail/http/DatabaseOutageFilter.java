package org.claimtrail.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.claimtrail.database.DatabaseOutage;
import org.claimtrail.errors.FilterErrorPage;
import org.claimtrail.errors.ServiceUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database is down every request fails somewhere: in a controller, in Spring Security
 * loading an editor, or in Spring Session reading the sign-in before anything else runs. This
 * filter sits outside all of them and turns any such failure into one answer: 503 with a
 * Retry-After, the site's own page for people and a problem document for the API. Nothing is
 * retried here; Hikari reconnects on its own once the database is back.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseOutageFilter extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "30";
    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    private final FilterErrorPage errorPage;

    DatabaseOutageFilter(FilterErrorPage errorPage) {
        this.errorPage = errorPage;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (!DatabaseOutage.causedBy(failure)) {
                throw failure;
            }
            if (response.isCommitted()) {
                // The answer (say a redirect after a save) is already on its way; only the
                // session's bookkeeping after it failed.
                log.warn(
                        "Database unavailable after {} {} was answered ({})",
                        request.getMethod(),
                        request.getRequestURI(),
                        rootMessage(failure));
                return;
            }
            log.warn(
                    "Database unavailable: {} {} answered 503 ({})",
                    request.getMethod(),
                    request.getRequestURI(),
                    rootMessage(failure));
            respond(request, response);
        }
    }

    private void respond(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ServiceUnavailable.write(
                errorPage,
                request,
                response,
                RETRY_AFTER_SECONDS,
                "Claimtrail cannot reach its database just now. Nothing already saved is lost. Please try again in a minute.");
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
