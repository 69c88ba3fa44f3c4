package org.claimtrail.source;

import org.claimtrail.testapp.LocalPages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The source form's page reader reads public web pages only, a bounded amount, HTML only. */
class SourcePageReaderTest {

    private LocalPages pages;

    @BeforeEach
    void serve() {
        pages = LocalPages.start()
                .html("/article", "<title>Local article</title><meta property='article:published_time' content='2024-10-26T08:00:00Z'>")
                .endless("/huge", 10_000_000)
                .page("/pdf", "application/pdf", "%PD")
                .redirect("/to-metadata", "http://169.254.169.254/latest/meta-data/");
    }

    @AfterEach
    void stop() {
        pages.close();
    }

    @Test
    void aPageServedLocallyIsReadWhenTestsAllowPrivateAddresses() throws Exception {
        PageMetadata page = new SourcePageReader(true).read(pages.url("/article"));

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

        assertThatThrownBy(() -> reader.read(pages.url("/to-metadata")))
                .isInstanceOf(SourcePageReader.Unreadable.class).hasMessage("its host is inside a private network");
    }

    @Test
    void onlyAMegabyteOfHtmlIsRead() throws Exception {
        assertThat(new SourcePageReader(true).read(pages.url("/huge")).title()).isNull();
        assertThatThrownBy(() -> new SourcePageReader(true).read(pages.url("/pdf")))
                .hasMessageContaining("it is not a web page (application/pdf)");
    }
}
