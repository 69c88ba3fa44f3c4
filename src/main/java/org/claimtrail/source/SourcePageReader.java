package org.claimtrail.source;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * Fetches a pasted address to pre-fill the source form, as a guarded client: http and https
 * only, on the usual web ports; never an address inside our own network (loopback, private,
 * link-local, unique-local, carrier-grade NAT, multicast), checked for every redirect too, so an
 * editor's paste cannot make the server read what only it can reach; a few seconds and a
 * megabyte at most; HTML only. Tests that serve a page on 127.0.0.1 turn the network check off
 * ({@code claimtrail.source-fetch.allow-private-addresses}).
 */
@Component
public class SourcePageReader {

    static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_REDIRECTS = 3;
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

    private final Predicate<InetAddress> refused;
    private final boolean anyPort;
    private final HttpClient client;

    @Autowired
    SourcePageReader(@Value("${claimtrail.source-fetch.allow-private-addresses:false}") boolean allowPrivateAddresses) {
        this(allowPrivateAddresses ? address -> false : SourcePageReader::isInternal, allowPrivateAddresses);
    }

    /** The addresses refused, and whether any port is allowed (tests serve pages on 127.0.0.1 at a random port). */
    SourcePageReader(Predicate<InetAddress> refused, boolean anyPort) {
        this.refused = refused;
        this.anyPort = anyPort;
        this.client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The page's metadata; {@link Unreadable} says why there is none. */
    public PageMetadata read(String address) throws Unreadable {
        URI uri = URI.create(SourceUrl.normalise(address));
        for (int redirects = 0; redirects <= MAX_REDIRECTS; redirects++) {
            check(uri);
            HttpResponse<InputStream> response = send(uri);
            int status = response.statusCode();
            if (status >= 300 && status < 400) {
                Optional<String> location = response.headers().firstValue("Location");
                close(response);
                if (location.isEmpty()) {
                    throw new Unreadable("the site answered with a redirect to nowhere");
                }
                uri = uri.resolve(location.get());
                continue;
            }
            if (status != 200) {
                close(response);
                throw new Unreadable("the site answered " + status);
            }
            String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
            if (!type.startsWith("text/html") && !type.startsWith("application/xhtml+xml")) {
                close(response);
                throw new Unreadable("it is not a web page (" + (type.isEmpty() ? "no content type" : type) + ")");
            }
            return PageMetadata.of(body(response, charset(type)), uri.toString());
        }
        throw new Unreadable("it redirects more than " + MAX_REDIRECTS + " times");
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
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (refused.test(address)) {
                    throw new Unreadable("its host is inside a private network");
                }
            }
        } catch (UnknownHostException e) {
            throw new Unreadable("its host name is not known");
        }
    }

    /** Addresses no public web page lives at. */
    static boolean isInternal(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || (first == 100 && second >= 64 && second < 128) || (first == 192 && second == 0)
                    || (first == 198 && (second == 18 || second == 19)) || first >= 240;
        }
        if (address instanceof Inet6Address) {
            boolean uniqueLocal = (b[0] & 0xfe) == 0xfc;
            boolean ipv4Mapped = b[10] == (byte) 0xff && b[11] == (byte) 0xff && java.util.Arrays.stream(
                    new int[]{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}).allMatch(i -> b[i] == 0);
            if (ipv4Mapped) {
                try {
                    return isInternal(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException impossible) {
                    return true;
                }
            }
            return uniqueLocal;
        }
        return true;
    }

    private HttpResponse<InputStream> send(URI uri) throws Unreadable {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(READ_TIMEOUT)
                .header("User-Agent", "Claimtrail source reader (pre-fills a newsroom's source form)")
                .header("Accept", "text/html,application/xhtml+xml").GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new Unreadable("the site did not answer within " + READ_TIMEOUT.toSeconds() + " seconds");
        } catch (IOException e) {
            throw new Unreadable("the site could not be reached");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreadable("reading was interrupted");
        } catch (IllegalArgumentException e) {
            throw new Unreadable("the address cannot be requested");
        }
    }

    /**
     * At most {@link #MAX_BYTES} within {@link #READ_TIMEOUT}: the metadata is in the head, and a
     * huge or trickling page must hold neither memory nor a thread. On time-out the stream is closed,
     * which ends the read.
     */
    private static String body(HttpResponse<InputStream> response, Charset charset) throws Unreadable {
        InputStream in = response.body();
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
            try {
                return in.readNBytes(MAX_BYTES);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, BODY_READERS);
        try {
            return new String(read.get(READ_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS), charset);
        } catch (TimeoutException e) {
            throw new Unreadable("the page did not arrive within " + READ_TIMEOUT.toSeconds() + " seconds");
        } catch (ExecutionException e) {
            throw new Unreadable("the page stopped arriving");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreadable("reading was interrupted");
        } finally {
            close(response);
        }
    }

    private static Charset charset(String contentType) {
        int at = contentType.indexOf("charset=");
        if (at < 0) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(contentType.substring(at + 8).replace("\"", "").split(";")[0].strip());
        } catch (RuntimeException unknown) {
            return StandardCharsets.UTF_8;
        }
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // Nothing to do: the connection is dropped either way.
        }
    }
}
