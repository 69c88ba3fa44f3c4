package org.claimtrail.testapp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Requests written byte for byte on a socket, for what no well-behaved client would send:
 * malformed percent-encoding, bytes that are not UTF-8, oversized lines.
 */
public final class RawHttp {

    public record Response(int status, String head, String body) {}

    private RawHttp() {}

    public static Response get(int port, String rawTarget, String... headers) {
        return send(port, "GET", rawTarget, null, headers);
    }

    /** A form post whose body is sent exactly as given (it may hold any %xx sequences). */
    public static Response post(int port, String rawTarget, String rawBody, String... headers) {
        return send(port, "POST", rawTarget, rawBody, headers);
    }

    public static Response delete(int port, String rawTarget) {
        return send(port, "DELETE", rawTarget, null, "Accept: text/html");
    }

    /** Any method, the target and body exactly as given (the body as a url-encoded form, when not null). */
    public static Response send(int port, String method, String rawTarget, String rawBody, String... headers) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            StringBuilder request = new StringBuilder(
                    method + " " + rawTarget + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n");
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            byte[] body = rawBody == null ? new byte[0] : rawBody.getBytes(StandardCharsets.ISO_8859_1);
            if (rawBody != null) {
                request.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ")
                        .append(body.length)
                        .append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return parse(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response parse(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        String text = all.toString(StandardCharsets.UTF_8);
        int split = text.indexOf("\r\n\r\n");
        String head = split < 0 ? text : text.substring(0, split);
        String body = split < 0 ? "" : text.substring(split + 4);
        String[] statusLine = head.split(" ", 3);
        return new Response(Integer.parseInt(statusLine[1]), head, body);
    }
}
