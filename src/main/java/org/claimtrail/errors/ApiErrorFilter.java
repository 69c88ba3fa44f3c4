package org.claimtrail.errors;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.claimtrail.account.SecurityHeaders;
import org.claimtrail.site.ProblemType;
import org.claimtrail.site.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps every error under /api a problem document, whoever raises it. Spring Security (403, its
 * firewall's 400), Spring MVC before a controller is chosen (404 for an unknown path, 405, 406)
 * and the filters all end with {@code sendError}, which would hand the request to the container's
 * error page: the wrapper answers there and then instead. An exception that escapes everything
 * is logged once and answered 500. The API's own handlers answer with problems themselves
 * (api's ApiExceptionHandler); Tomcat's refusals never get this far (ContainerErrorPage).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrorFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorFilter.class);

    private final Problems problems;

    ApiErrorFilter(Problems problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !Problems.isApi(request) && !isApiErrorDispatch(request);
    }

    /** Tomcat's own refusals that still go through its error pages (TRACE): answered here, not by /error. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isApiErrorDispatch(request)) {
            Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
            SecurityHeaders.applyTo(response);
            problems.write(new OriginalRequest(request), response, status instanceof Integer code ? code : 500, null);
            return;
        }
        try {
            chain.doFilter(request, new ProblemOnError(request, response));
        } catch (ServletException | IOException | RuntimeException failure) {
            if (response.isCommitted()) {
                throw failure;
            }
            log.error("{} {} failed; answered 500", request.getMethod(), request.getRequestURI(), failure);
            SecurityHeaders.applyTo(response);
            problems.write(request, response, ProblemType.SERVER_ERROR, null);
        }
    }

    private static boolean isApiErrorDispatch(HttpServletRequest request) {
        return request.getDispatcherType() == DispatcherType.ERROR
                && request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                && Problems.isApi(new OriginalRequest(request));
    }

    /** The request as it was before the container sent it to its error page. */
    private static final class OriginalRequest extends HttpServletRequestWrapper {

        OriginalRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getRequestURI() {
            return (String) getRequest().getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        }
    }

    /** A response whose {@code sendError} writes the problem at once instead of a container error page. */
    private final class ProblemOnError extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        ProblemOnError(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            HttpServletResponse response = (HttpServletResponse) getResponse();
            if (response.isCommitted()) {
                throw new IllegalStateException("The response was already committed");
            }
            SecurityHeaders.applyTo(response);
            problems.write(request, response, status, detail(status, response));
            response.flushBuffer();
        }

        /** The type's own words, made precise where the response already says more. */
        private String detail(int status, HttpServletResponse response) {
            if (status == 405 && response.getHeader("Allow") != null) {
                return "This address does not answer " + request.getMethod() + "; it answers "
                        + response.getHeader("Allow") + ".";
            }
            if (status == 404) {
                return "There is nothing at this address. The API's operations are listed in /api/openapi.json.";
            }
            return null;
        }
    }
}
