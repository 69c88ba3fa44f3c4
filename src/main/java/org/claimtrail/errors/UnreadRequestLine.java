package org.claimtrail.errors;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.coyote.Request;
import org.apache.tomcat.util.net.ApplicationBufferHandler;

/**
 * The request target as the client sent it, for the one case where Tomcat has not set the request's
 * URI: it refused the request line itself (a raw {@code {} in the query, a line longer than its
 * header buffer). The connector's input buffer still holds the line the refusal is about, from its
 * first byte (Tomcat moves each request to the start of the buffer), so the error page can still
 * tell an API address from a page's. Only ever read, and only for the error answer.
 *
 * @param target the target's first bytes, up to the first space or the end of what was read
 * @param whole  whether the whole target was read (a space or line end followed it)
 */
record UnreadRequestLine(String target, boolean whole) {

    static Optional<UnreadRequestLine> of(Request request) {
        if (!(request.getInputBuffer() instanceof ApplicationBufferHandler handler)) {
            return Optional.empty();
        }
        ByteBuffer buffer = handler.getByteBuffer();
        if (buffer == null || !buffer.hasArray()) {
            return Optional.empty();
        }
        byte[] bytes = buffer.array();
        int end = buffer.arrayOffset() + buffer.limit();
        int at = skip(bytes, buffer.arrayOffset(), end, "\r\n");
        at = skipUntil(bytes, at, end, " \t\r\n"); // the method
        at = skip(bytes, at, end, " \t");
        int start = at;
        at = skipUntil(bytes, at, end, " \t\r\n");
        if (at == start) {
            return Optional.empty();
        }
        return Optional.of(
                new UnreadRequestLine(new String(bytes, start, at - start, StandardCharsets.ISO_8859_1), at < end));
    }

    /** Whether the target's path is {@code prefix} or below it; an absolute-form target counts by its path. */
    boolean isUnder(String prefix) {
        String path = target;
        int scheme = path.indexOf("://");
        if (scheme > 0 && scheme < 8) {
            int slash = path.indexOf('/', scheme + 3);
            path = slash < 0 ? "/" : path.substring(slash);
        }
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }

    private static int skip(byte[] bytes, int at, int end, String these) {
        while (at < end && these.indexOf(bytes[at]) >= 0) {
            at++;
        }
        return at;
    }

    private static int skipUntil(byte[] bytes, int at, int end, String these) {
        while (at < end && these.indexOf(bytes[at]) < 0) {
            at++;
        }
        return at;
    }
}
