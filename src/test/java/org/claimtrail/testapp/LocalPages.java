package org.claimtrail.testapp;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Web pages served on 127.0.0.1 for tests that make the application read a link (the source
 * form's "Fill in from the page"): a page with a content type, or a redirect.
 */
public final class LocalPages implements AutoCloseable {

    private final HttpServer server;

    private LocalPages(HttpServer server) {
        this.server = server;
    }

    public static LocalPages start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.start();
            return new LocalPages(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Serves {@code body} at {@code path} with that content type. */
    public LocalPages page(String path, String contentType, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        server.createContext(path, exchange -> {
            exchange.getResponseHeaders().add("Content-Type", contentType);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        return this;
    }

    /** Serves a file of the project (a script, a stylesheet) at {@code path}. */
    public LocalPages file(String path, String contentType, java.nio.file.Path file) {
        server.createContext(path, exchange -> {
            byte[] bytes = java.nio.file.Files.readAllBytes(file);
            exchange.getResponseHeaders().add("Content-Type", contentType);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        return this;
    }

    /** An HTML page in UTF-8. */
    public LocalPages html(String path, String body) {
        return page(path, "text/html; charset=utf-8", body);
    }

    /** Answers {@code path} with 302 to {@code location}. */
    public LocalPages redirect(String path, String location) {
        server.createContext(path, exchange -> {
            exchange.getResponseHeaders().add("Location", location);
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        return this;
    }

    /** Answers {@code path} with 302 to {@code location}, after {@code delayMillis}: a slow hop. */
    public LocalPages slowRedirect(String path, String location, long delayMillis) {
        server.createContext(path, exchange -> {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.getResponseHeaders().add("Location", location);
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        return this;
    }

    /** Streams {@code total} bytes of HTML, for readers that must stop early. */
    public LocalPages endless(String path, int total) {
        server.createContext(path, exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = "<p>".repeat(10_000).getBytes(StandardCharsets.UTF_8);
            try {
                for (int sent = 0; sent < total; sent += chunk.length) {
                    exchange.getResponseBody().write(chunk);
                }
            } catch (IOException readerStopped) {
                // The reader closed the connection once it had enough.
            }
            exchange.close();
        });
        return this;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
