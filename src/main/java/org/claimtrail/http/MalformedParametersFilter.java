package org.claimtrail.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.claimtrail.errors.FilterErrorPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A query string or form body that is not UTF-8 (or not %-encoded properly) makes Tomcat throw
 * on the first getParameter, wherever that happens to be: each such request became a stack
 * trace in the log and Tomcat's bare error page. Parsing once, up front, turns it into the site's
 * own 400 page and a one-line log entry. Runs right after the character-encoding filter, which
 * must set UTF-8 before anything parses, and after {@link RequestBodies}, which has the body read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class MalformedParametersFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(MalformedParametersFilter.class);

    private final FilterErrorPage errorPage;

    MalformedParametersFilter(FilterErrorPage errorPage) {
        this.errorPage = errorPage;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParameterMap();
        } catch (IllegalStateException | IllegalArgumentException malformed) {
            log.info(
                    "Refused {} {}: unreadable parameters ({})",
                    request.getMethod(),
                    request.getRequestURI(),
                    malformed.getMessage());
            errorPage.write(
                    request,
                    response,
                    HttpServletResponse.SC_BAD_REQUEST,
                    "error",
                    Map.of(
                            "status",
                            400,
                            "message",
                            "The address or the form could not be read: it is too long, "
                                    + "or holds characters that are not valid text. Please retype it."),
                    "The address or the form could not be read: too long, or not valid text.");
            return;
        }
        chain.doFilter(request, response);
    }
}
