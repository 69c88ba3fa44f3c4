package org.claimtrail.http;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.util.Locale;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A response kept in memory so the reader cache can store it, with a writer that encodes in
 * blocks. Spring's wrapper flushes its writer after every write, and a template writes a page in
 * thousands of small pieces: encoding each one on its own cost more than rendering the rows.
 * Call {@link #finish()} once the page is written, before reading or sending it.
 */
final class CapturedResponse extends ContentCachingResponseWrapper {

    private PrintWriter writer;
    /** The locale a view set (it becomes Content-Language), null when none did. */
    private Locale locale;

    CapturedResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public void setLocale(Locale locale) {
        this.locale = locale;
        super.setLocale(locale);
    }

    Locale localeSet() {
        return locale;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), getCharacterEncoding()));
        }
        return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        finish();
        super.flushBuffer();
    }

    @Override
    public void sendError(int status) throws IOException {
        finish();
        super.sendError(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        finish();
        super.sendError(status, message);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        finish();
        super.sendRedirect(location);
    }

    /** Moves whatever the writer still holds into the captured body. */
    void finish() {
        if (writer != null) {
            writer.flush();
        }
    }
}
