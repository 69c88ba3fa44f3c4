package org.claimtrail.source;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The source form's page reader reads public web pages only, a bounded amount, HTML only. */
class SourcePageReaderTest {

    private HttpServer server;
    private String base;

    @BeforeEach
    void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/article", exchange -> {
            byte[] body = "<title>Local article</title><meta property='article:published_time' content='2024-10-26T08:00:00Z'>"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/huge", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = "<p>".repeat(10_000).getBytes(StandardCharsets.UTF_8);
            try {
                for (int i = 0; i < 1_000; i++) {
                    exchange.getResponseBody().write(chunk);
                }
            } catch (java.io.IOException readerStopped) {
                // The reader closes after its megabyte.
            }
            exchange.close();
        });
        server.createContext("/pdf", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/pdf");
            exchange.sendResponseHeaders(200, 3);
            exchange.getResponseBody().write("%PD".getBytes(StandardCharsets.UTF_8));
            exchange.close();
        });
        server.createContext("/to-metadata", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data/");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aPageServedLocallyIsReadWhenTestsAllowPrivateAddresses() throws Exception {
        PageMetadata page = new SourcePageReader(true).read(base + "/article");

        assertThat(page.title()).isEqualTo("Local article");
        assertThat(page.published()).hasToString("2024-10-26");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/", "http://localhost/admin", "http://10.0.0.8/", "http://192.168.1.1/",
            "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://[fd00::1]/", "http://100.64.0.1/",
            "http://0.0.0.0/", "http://[::ffff:127.0.0.1]/"})
    void addressesInsideOurNetworkAreNeverRead(String address) {
        assertThatThrownBy(() -> new SourcePageReader(false).read(address))
                .isInstanceOf(SourcePageReader.Unreadable.class).hasMessage("its host is inside a private network");
    }

    @Test
    void otherSchemesAndPortsAreRefused() {
        assertThatThrownBy(() -> new SourcePageReader(false).read("http://example.org:6379/"))
                .hasMessage("only the usual web ports are read");
        assertThatThrownBy(() -> new SourcePageReader(false).read("file:///etc/passwd"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRedirectIntoOurNetworkIsCheckedLikeTheFirstAddress() {
        // Our local test server is allowed (loopback, any port); everything else internal is not.
        SourcePageReader reader = new SourcePageReader(
                address -> SourcePageReader.isInternal(address) && !address.isLoopbackAddress(), true);

        assertThatThrownBy(() -> reader.read(base + "/to-metadata"))
                .isInstanceOf(SourcePageReader.Unreadable.class).hasMessage("its host is inside a private network");
    }

    @Test
    void onlyAMegabyteOfHtmlIsRead() throws Exception {
        assertThat(new SourcePageReader(true).read(base + "/huge").title()).isNull();
        assertThatThrownBy(() -> new SourcePageReader(true).read(base + "/pdf"))
                .hasMessageContaining("it is not a web page (application/pdf)");
    }
}
