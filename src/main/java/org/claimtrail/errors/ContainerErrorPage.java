package org.claimtrail.errors;

import java.io.IOException;
import java.io.Writer;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.claimtrail.account.SecurityHeaders;
import org.claimtrail.site.Problems;
import org.springframework.web.util.HtmlUtils;

/**
 * The page Tomcat itself answers with when a request never reaches the application: an address
 * it refuses to decode ({@code %2f}, {@code %00}, {@code %5c}), a request line it cannot parse.
 * Tomcat's own page carried none of the site's protective headers and an inline style the site's
 * policy forbids; this one carries the headers and the site's header and stylesheet.
 */
public class ContainerErrorPage extends ErrorReportValve {

    private final Problems problems;
    private final String apiPath;

    /** For Tomcat, which may make one by class name: HTML only. */
    public ContainerErrorPage() {
        this(null, "");
    }

    /** Answers the API's addresses (under {@code contextPath}) with a problem document, the rest with the HTML page. */
    ContainerErrorPage(Problems problems, String contextPath) {
        this.problems = problems;
        this.apiPath = contextPath + "/api";
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        // As Tomcat's own valve: only errors, only when nothing was written, only once.
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        SecurityHeaders.applyTo(response);
        try {
            if (problems != null && Problems.isApi(request)) {
                problems.write(request, response, status, null);
                response.finishResponse();
                return;
            }
            Optional<UnreadRequestLine> unread = request.getRequestURI() == null
                    ? UnreadRequestLine.of(request.getCoyoteRequest())
                    : Optional.empty();
            if (problems != null && unread.filter(line -> line.isUnder(apiPath)).isPresent()) {
                problems.write(request, response, status, unreadDetail(unread.get()));
                response.finishResponse();
                return;
            }
            response.setContentType("text/html");
            response.setCharacterEncoding("utf-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(page(
                        request.getContextPath(),
                        status,
                        unread.map(UnreadRequestLine::whole).orElse(true)));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException gone) {
            // The client went away or the response cannot take a body: nothing more to say.
        }
    }

    /** Why a request line Tomcat refused was not read, in the client's terms. */
    static String unreadDetail(UnreadRequestLine line) {
        return line.whole()
                ? "The request line holds a character that must be percent-encoded (RFC 3986), such as "
                        + "{ } | ^ ` \\ or a space; encode it and send the request again."
                : "The request line and headers are longer than this server reads; shorten the address "
                        + "or the query (each parameter's limit is in the API description).";
    }

    /** {@code wholeLine} false: Tomcat stopped reading a request line longer than its buffer. */
    static String page(String contextPath, int status, boolean wholeLine) {
        String root = HtmlUtils.htmlEscape(contextPath == null ? "" : contextPath);
        String heading =
                status == 404 ? "Not found" : status < 500 ? "This address could not be read" : "Something went wrong";
        String text = !wholeLine
                ? "The address is longer than this server reads. Check the link, or start "
                        + "again from the home page."
                : status < 500
                        ? "The address holds characters that are not allowed here (such as an encoded "
                                + "slash or backslash). Check the link, or start again from the home page."
                        : "Please try again in a minute.";
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + heading + " · Claimtrail</title>"
                + "<link rel=\"stylesheet\" href=\"" + root + "/webjars/picocss__pico/css/pico.min.css\">"
                + "<link rel=\"stylesheet\" href=\"" + root + "/css/claimtrail.css\"></head><body>"
                + "<header class=\"container site-header\"><nav aria-label=\"Main\"><ul><li><a href=\"" + root
                + "/\" class=\"site-name\"><strong>Claimtrail</strong></a></li></ul></nav></header>"
                + "<main class=\"container\"><h1>" + heading + "</h1><p>" + text + "</p><p>Status " + status
                + ". <a href=\"" + root + "/\">Back to the home page</a></p></main></body></html>";
    }
}
