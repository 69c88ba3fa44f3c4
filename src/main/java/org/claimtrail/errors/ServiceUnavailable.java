package org.claimtrail.errors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * The one 503 answer, whatever made it (the database away, too much load, a reader's query over
 * its time limit): Retry-After, the site's page for people, a problem document for the API.
 */
public final class ServiceUnavailable {

    /** When to try again after a shed request or a query over its time limit: soon. */
    public static final String RETRY_SOON_SECONDS = "5";

    private ServiceUnavailable() {}

    public static void write(
            FilterErrorPage errorPage,
            HttpServletRequest request,
            HttpServletResponse response,
            String retryAfterSeconds,
            String message)
            throws IOException {
        response.setHeader("Retry-After", retryAfterSeconds);
        errorPage.write(
                request,
                response,
                HttpStatus.SERVICE_UNAVAILABLE.value(),
                "error/unavailable",
                Map.of(
                        "status",
                        503,
                        "message",
                        message,
                        "isPost",
                        !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())),
                message);
    }
}
