package org.claimtrail.webpage;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.function.Predicate;
import org.apache.hc.client5.http.DnsResolver;

/**
 * The page reader's only name lookup: the addresses it returns are the ones checked and the
 * ones the connection is made to. A check followed by the client's own lookup let a name answer
 * a public address to the check and an internal one to the connection (DNS rebinding); here
 * there is one lookup per connection and nothing else resolves names.
 */
final class CheckedNameLookup implements DnsResolver {

    /** How names become addresses: the system's resolver, or a test's. */
    interface Names {
        InetAddress[] lookUp(String host) throws UnknownHostException;
    }

    private final Names names;
    private final Predicate<InetAddress> refused;

    CheckedNameLookup(Names names, Predicate<InetAddress> refused) {
        this.names = names;
        this.refused = refused;
    }

    /** The host's addresses, or UnknownHostException when it has none or one no page is read from. */
    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] addresses = names.lookUp(host);
        if (addresses == null || addresses.length == 0) {
            throw new UnknownHostException(host);
        }
        // Every address, not only the first: the client tries them in turn.
        for (InetAddress address : addresses) {
            if (refused.test(address)) {
                throw new UnknownHostException(host);
            }
        }
        return addresses;
    }

    /** No reverse lookup: the name given is the name used (for TLS too). */
    @Override
    public String resolveCanonicalHostname(String host) {
        return host;
    }
}
