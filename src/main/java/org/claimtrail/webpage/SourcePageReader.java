package org.claimtrail.webpage;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.util.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Fetches a pasted address to pre-fill the source form, as a guarded client: http and https
 * only, on the usual web ports; never an address inside our own network (loopback, private,
 * link-local, unique-local, carrier-grade NAT, multicast), checked for every redirect too and
 * checked on the very addresses connected to ({@link CheckedNameLookup}), so an editor's paste
 * cannot make the server read what only it can reach; a few seconds and a
 * megabyte at most; HTML only. Tests that serve a page on 127.0.0.1 turn the network check off
 * ({@code claimtrail.source-fetch.allow-private-addresses}).
 */
@Component
public class SourcePageReader {

    static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_REDIRECTS = 3;
    /** The whole read, every redirect included: one slow hop after another once held a request 22 s. */
    static final Duration DEADLINE = Duration.ofSeconds(10);
    /** Pages read at once for everyone, and for one editor. */
    static final int CONCURRENT_READS = 4;

    static final String NOT_PUBLIC = "its host is not a public web address that can be reached from here";
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(6);
    private static final Set<Integer> WEB_PORTS = Set.of(-1, 80, 443, 8080, 8443);

    /** Why a page could not be read, in words for the editor. */
    public static class Unreadable extends Exception {
        Unreadable(String reason) {
            super(reason);
        }
    }

    /**
     * Threads that read page bodies, so a slow page blocks one of these and never the shared
     * fork-join pool (one thread on a two-core machine). Few: editors paste links one at a time.
     */
    private static final ExecutorService BODY_READERS = Executors.newFixedThreadPool(4, runnable -> {
        Thread thread = new Thread(runnable, "source-page-reader");
        thread.setDaemon(true);
        return thread;
    });

    private final boolean anyPort;
    private final Duration deadline;
    private final CloseableHttpClient client;
    private final java.util.concurrent.Semaphore reads = new java.util.concurrent.Semaphore(CONCURRENT_READS);
    private final java.util.Set<String> readingFor = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Autowired
    SourcePageReader(@Value("${claimtrail.source-fetch.allow-private-addresses:false}") boolean allowPrivateAddresses) {
        this(allowPrivateAddresses ? address -> false : SourcePageReader::isInternal, allowPrivateAddresses, DEADLINE);
    }

    /** The addresses refused, and whether any port is allowed (tests serve pages on 127.0.0.1 at a random port). */
    SourcePageReader(Predicate<InetAddress> refused, boolean anyPort) {
        this(refused, anyPort, DEADLINE);
    }

    SourcePageReader(Predicate<InetAddress> refused, boolean anyPort, Duration deadline) {
        this(InetAddress::getAllByName, refused, anyPort, deadline);
    }

    /** With the name lookup given: tests answer names the system does not know. */
    SourcePageReader(
            CheckedNameLookup.Names names, Predicate<InetAddress> refused, boolean anyPort, Duration deadline) {
        this.anyPort = anyPort;
        this.deadline = deadline;
        // No proxy, no retries, no cookies, no redirects followed for us (each hop is checked here),
        // and no connection kept: each request looks its name up, checks and connects afresh.
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new CheckedNameLookup(names, refused))
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(CONNECT_TIMEOUT))
                                .setSocketTimeout(Timeout.of(READ_TIMEOUT))
                                .build())
                        .setMaxConnTotal(CONCURRENT_READS)
                        .setMaxConnPerRoute(CONCURRENT_READS)
                        .build())
                .setConnectionReuseStrategy((request, response, context) -> false)
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .setUserAgent("Claimtrail source reader (pre-fills a newsroom's source form)")
                .build();
    }

    @PreDestroy
    void close() throws IOException {
        client.close();
    }

    /** The page's metadata; {@link Unreadable} says why there is none. */
    public PageMetadata read(String address) throws Unreadable {
        return read(address, "");
    }

    /**
     * The page's metadata, read for {@code editor}: one page at a time for each editor, a few at
     * once for everyone (the request waits for the read), each within {@link #DEADLINE} in all.
     */
    public PageMetadata read(String address, String editor) throws Unreadable {
        return read(address, editor, PageMetadata::of);
    }

    /** The page's metadata and its readable text, from one read, for {@code editor} as {@link #read(String, String)} reads. */
    public PageWithText readWithText(String address, String editor) throws Unreadable {
        return read(
                address, editor, (html, url) -> new PageWithText(PageMetadata.of(html, url), ReadableText.of(html)));
    }

    /** What "Fill in from the page" reads: the details it fills in, and the text kept as the source's copy. */
    public record PageWithText(PageMetadata metadata, String text) {}

    /** The page's readable text ({@link ReadableText}), read for {@code editor} as {@link #read(String, String)} reads. */
    public String readText(String address, String editor) throws Unreadable {
        return read(address, editor, (html, url) -> ReadableText.of(html));
    }

    private <T> T read(String address, String editor, java.util.function.BiFunction<String, String, T> reading)
            throws Unreadable {
        if (!readingFor.add(editor)) {
            throw new Unreadable("a page is already being read for you: wait until it is done");
        }
        try {
            if (!reads.tryAcquire()) {
                throw new Unreadable("many pages are being read just now: try again in a few seconds");
            }
            try {
                return readWithin(address, System.nanoTime() + deadline.toNanos(), reading);
            } finally {
                reads.release();
            }
        } finally {
            readingFor.remove(editor);
        }
    }

    private <T> T readWithin(String address, long until, java.util.function.BiFunction<String, String, T> reading)
            throws Unreadable {
        URI uri = URI.create(SourceUrl.normalise(address));
        for (int redirects = 0; redirects <= MAX_REDIRECTS; redirects++) {
            check(uri);
            try (Exchange exchange = send(uri, left(until))) {
                int status = exchange.response().getCode();
                if (status >= 300 && status < 400) {
                    Header location = exchange.response().getFirstHeader("Location");
                    if (location == null) {
                        throw new Unreadable("the site answered with a redirect to nowhere");
                    }
                    try {
                        uri = uri.resolve(location.getValue());
                    } catch (IllegalArgumentException notAnAddress) {
                        // A Location header that is no address at all was a 500.
                        throw new Unreadable("the site redirects to something that is not an address");
                    }
                    continue;
                }
                if (status != 200) {
                    throw new Unreadable("the site answered " + status);
                }
                Header contentType = exchange.response().getFirstHeader("Content-Type");
                String type = contentType == null ? "" : contentType.getValue().toLowerCase(Locale.ROOT);
                if (!type.startsWith("text/html") && !type.startsWith("application/xhtml+xml")) {
                    throw new Unreadable("it is not a web page (" + (type.isEmpty() ? "no content type" : type) + ")");
                }
                return reading.apply(body(exchange, charset(type), left(until)), uri.toString());
            }
        }
        throw new Unreadable("it redirects more than " + MAX_REDIRECTS + " times");
    }

    /** What is left of the whole read's time, or Unreadable when nothing is. */
    private Duration left(long until) throws Unreadable {
        long nanos = until - System.nanoTime();
        if (nanos <= 0) {
            throw new Unreadable("the page could not be read in time (" + deadline.toSeconds() + " seconds in all)");
        }
        return Duration.ofNanos(Math.min(nanos, READ_TIMEOUT.toNanos()));
    }

    private void check(URI uri) throws Unreadable {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new Unreadable("only http and https addresses are read");
        }
        if (uri.getHost() == null) {
            throw new Unreadable("the address has no host name");
        }
        if (!anyPort && !WEB_PORTS.contains(uri.getPort())) {
            throw new Unreadable("only the usual web ports are read");
        }
        // Which addresses the host has is checked where the connection is made, on the addresses
        // connected to (CheckedNameLookup), not here: a second lookup could answer differently.
    }

    /** Addresses no public web page lives at. */
    static boolean isInternal(InetAddress address) {
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0
                    || (first == 100 && second >= 64 && second < 128)
                    || (first == 192 && second == 0)
                    || (first == 198 && (second == 18 || second == 19))
                    || first >= 240;
        }
        if (address instanceof Inet6Address) {
            // Only global unicast (2000::/3) is the public web: that leaves out loopback, unique-local,
            // link-local, multicast, NAT64 (64:ff9b::/96), IPv4-compatible (::a.b.c.d) and -translated
            // (::ffff:0:a.b.c.d) addresses, which reach IPv4 hosts by other ways. Within it, Teredo
            // (2001::/32) hides its IPv4 end and documentation (2001:db8::/32) is no host; 6to4
            // (2002::/16) carries its IPv4 address, which is judged as itself.
            if ((b[0] & 0xe0) != 0x20) {
                return true;
            }
            if (b[0] == 0x20 && b[1] == 0x01 && ((b[2] == 0 && b[3] == 0) || (b[2] == 0x0d && b[3] == (byte) 0xb8))) {
                return true;
            }
            if (b[0] == 0x20 && b[1] == 0x02) {
                try {
                    return isInternal(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 2, 6)));
                } catch (UnknownHostException impossible) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    /**
     * A request and its open response. Closing drops the connection: closing the body's stream
     * would read the rest of it first (to reuse the connection), megabytes of a page we are done with.
     */
    private record Exchange(HttpGet request, ClassicHttpResponse response) implements AutoCloseable {
        @Override
        public void close() {
            request.cancel();
            try {
                response.close();
            } catch (IOException ignored) {
                // Nothing to do: the connection is dropped either way.
            }
        }
    }

    private Exchange send(URI uri, Duration timeout) throws Unreadable {
        HttpGet request = new HttpGet(uri);
        request.setConfig(RequestConfig.custom()
                .setResponseTimeout(Timeout.of(timeout))
                .setConnectionRequestTimeout(Timeout.of(timeout))
                .setRedirectsEnabled(false)
                .build());
        request.setHeader("Accept", "text/html,application/xhtml+xml");
        try {
            return new Exchange(request, client.executeOpen(null, request, null));
        } catch (UnknownHostException unknownOrNotPublic) {
            // One answer for a private address and a name nobody knows: two would let an editor map
            // the network's internal names from the outside, one guess at a time.
            throw new Unreadable(NOT_PUBLIC);
        } catch (SocketTimeoutException connectOrAnswerTooSlow) {
            throw new Unreadable("the site did not answer in time");
        } catch (IOException e) {
            throw new Unreadable("the site could not be reached");
        } catch (IllegalArgumentException e) {
            throw new Unreadable("the address cannot be requested");
        }
    }

    /**
     * At most {@link #MAX_BYTES} within {@code timeout}: the metadata is in the head, and a huge or
     * trickling page must hold neither memory nor a thread. On time-out the request is cancelled,
     * which closes the connection and so ends the read.
     */
    private static String body(Exchange exchange, Charset charset, Duration timeout) throws Unreadable {
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(
                () -> {
                    try {
                        return exchange.response().getEntity().getContent().readNBytes(MAX_BYTES);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                BODY_READERS);
        try {
            return new String(read.get(timeout.toMillis(), TimeUnit.MILLISECONDS), charset);
        } catch (TimeoutException e) {
            exchange.request().cancel();
            throw new Unreadable("the page did not arrive in time");
        } catch (ExecutionException e) {
            throw new Unreadable("the page stopped arriving");
        } catch (InterruptedException e) {
            exchange.request().cancel();
            Thread.currentThread().interrupt();
            throw new Unreadable("reading was interrupted");
        }
    }

    private static Charset charset(String contentType) {
        int at = contentType.indexOf("charset=");
        if (at < 0) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(contentType
                    .substring(at + 8)
                    .replace("\"", "")
                    .split(";")[0]
                    .strip());
        } catch (RuntimeException unknown) {
            return StandardCharsets.UTF_8;
        }
    }
}
