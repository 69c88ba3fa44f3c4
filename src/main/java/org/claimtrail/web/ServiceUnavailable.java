package org.claimtrail.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.claimtrail.account.SecurityHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.util.Map;

/**
 * The one 503 answer, whatever made it (the database away, too much load, a reader's query over
 * its time limit): Retry-After, the site's page for people, a problem document for the API.
 */
final class ServiceUnavailable {

    private ServiceUnavailable() {
    }

    static void write(FilterErrorPage errorPage, HttpServletRequest request, HttpServletResponse response,
                      String retryAfterSeconds, String message) throws IOException {
        response.setHeader("Retry-After", retryAfterSeconds);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.resetBuffer();
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            SecurityHeaders.applyTo(response);
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
                    + "\"detail\":\"" + HtmlUtils.htmlEscape(message).replace("\"", "\\\"") + "\"}");
            return;
        }
        errorPage.write(request, response, HttpStatus.SERVICE_UNAVAILABLE.value(), "error/unavailable",
                Map.of("status", 503, "message", message, "isPost", !"GET".equals(request.getMethod())
                        && !"HEAD".equals(request.getMethod())), message);
    }
}
