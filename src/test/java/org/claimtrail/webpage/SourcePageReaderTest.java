package org.claimtrail.webpage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.claimtrail.testapp.LocalPages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The source form's page reader reads public web pages only, a bounded amount, HTML only. */
class SourcePageReaderTest {

    private LocalPages pages;

    @BeforeEach
    void serve() {
        pages = LocalPages.start()
                .html(
                        "/article",
                        "<title>Local article</title><meta property='article:published_time' content='2024-10-26T08:00:00Z'>")
                .endless("/huge", 10_000_000)
                .page("/pdf", "application/pdf", "%PD")
                .redirect("/to-metadata", "http://169.254.169.254/latest/meta-data/")
                .redirect("/to-nowhere-readable", "http://exa mple.org/{x}")
                .slowRedirect("/slow-1", "/slow-2", 400)
                .slowRedirect("/slow-2", "/slow-3", 400)
                .slowRedirect("/slow-3", "/article", 400);
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
    @ValueSource(
            strings = {
                "http://127.0.0.1/",
                "http://localhost/admin",
                "http://10.0.0.8/",
                "http://192.168.1.1/",
                "http://169.254.169.254/latest/meta-data/",
                "http://[::1]/",
                "http://[fd00::1]/",
                "http://100.64.0.1/",
                "http://0.0.0.0/",
                "http://[::ffff:127.0.0.1]/",
                "http://[64:ff9b::7f00:1]/",
                "http://[2002:7f00:1::1]/",
                "http://[2002:a00:1::1]/",
                "http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/",
                "http://[::127.0.0.1]/",
                "http://[::ffff:0:7f00:1]/",
                "http://[2001:db8::1]/",
                "http://[fe80::1]/",
                "http://[ff02::1]/"
            })
    void addressesInsideOurNetworkAreNeverRead(String address) {
        assertThatThrownBy(() -> new SourcePageReader(false).read(address))
                .isInstanceOf(SourcePageReader.Unreadable.class)
                .hasMessage(SourcePageReader.NOT_PUBLIC);
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
                .isInstanceOf(SourcePageReader.Unreadable.class)
                .hasMessage(SourcePageReader.NOT_PUBLIC);
    }

    /**
     * DNS rebinding: the name is looked up once per connection, by the lookup that checks, and the
     * connection goes to the address it returned. A name only this lookup knows is read from that
     * address (a client resolving it again could not find it); when the name's next answer is
     * internal, the next read is refused and nothing is connected to.
     */
    @Test
    void theConnectionGoesToTheAddressThatWasChecked() throws Exception {
        java.util.concurrent.atomic.AtomicInteger lookups = new java.util.concurrent.atomic.AtomicInteger();
        java.net.InetAddress local = java.net.InetAddress.getByName("127.0.0.1");
        java.net.InetAddress metadata = java.net.InetAddress.getByName("169.254.169.254");
        SourcePageReader reader = new SourcePageReader(
                host -> {
                    assertThat(host).isEqualTo("rebinding.invalid");
                    return new java.net.InetAddress[] {lookups.incrementAndGet() == 1 ? local : metadata};
                },
                address -> SourcePageReader.isInternal(address) && !address.isLoopbackAddress(),
                true,
                java.time.Duration.ofSeconds(5));
        String address = pages.url("/article").replace("127.0.0.1", "rebinding.invalid");

        assertThat(reader.read(address).title()).isEqualTo("Local article");
        assertThat(lookups).as("one lookup for the one connection").hasValue(1);
        assertThatThrownBy(() -> reader.read(address))
                .isInstanceOf(SourcePageReader.Unreadable.class)
                .hasMessage(SourcePageReader.NOT_PUBLIC);
        assertThat(lookups).hasValue(2);
    }

    @Test
    void onlyAMegabyteOfHtmlIsRead() throws Exception {
        assertThat(new SourcePageReader(true).read(pages.url("/huge")).title()).isNull();
        assertThatThrownBy(() -> new SourcePageReader(true).read(pages.url("/pdf")))
                .hasMessageContaining("it is not a web page (application/pdf)");
    }

    /** Public addresses of both families are read; of IPv6, only global unicast, 6to4 by its own IPv4 address. */
    @Test
    void publicAddressesAreTheOnlyOnesRead() throws Exception {
        for (String address :
                List.of("93.184.215.14", "2606:4700:4700::1111", "2a00:1450:4001:82b::200e", "2002:5db8:d70e::1")) {
            assertThat(SourcePageReader.isInternal(java.net.InetAddress.getByName(address)))
                    .as(address)
                    .isFalse();
        }
    }

    /** A Location that is no address is a reason, not a 500. */
    @Test
    void aRedirectToSomethingThatIsNoAddressIsUnreadable() {
        assertThatThrownBy(() -> new SourcePageReader(true).read(pages.url("/to-nowhere-readable")))
                .isInstanceOf(SourcePageReader.Unreadable.class)
                .hasMessageContaining("not an address");
    }

    /** The whole read has one deadline, whatever each hop takes (here 1 s for three hops of 0.4 s). */
    @Test
    void slowHopsAddUpToOneDeadline() {
        SourcePageReader reader = new SourcePageReader(address -> false, true, java.time.Duration.ofSeconds(1));
        assertThatThrownBy(() -> reader.read(pages.url("/slow-1")))
                .isInstanceOf(SourcePageReader.Unreadable.class)
                .hasMessageContaining("in time");
    }

    /** One page at a time for each editor: a second click while the first read runs is told to wait. */
    @Test
    void oneEditorReadsOnePageAtATime() throws Exception {
        SourcePageReader reader = new SourcePageReader(address -> false, true, java.time.Duration.ofSeconds(5));
        var first = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return reader.read(pages.url("/slow-1"), "anna").title();
            } catch (SourcePageReader.Unreadable e) {
                return e.getMessage();
            }
        });
        Thread.sleep(200);
        assertThatThrownBy(() -> reader.read(pages.url("/article"), "anna"))
                .hasMessageContaining("already being read for you");
        assertThat(reader.read(pages.url("/article"), "bob").title()).isEqualTo("Local article");
        assertThat(first.get(10, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("Local article");
    }
}
