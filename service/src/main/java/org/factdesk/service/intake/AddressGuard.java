package org.factdesk.service.intake;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Which hosts a feed may be fetched from: only public ones. Every address a host name resolves to is checked
 * (a name with one public and one private address is refused), and the fetch checks again on every redirect.
 * Loopback is allowed only with {@code -Dfactdesk.feeds.allow-loopback=true}, for the end-to-end tests, which
 * serve feeds on 127.0.0.1.
 */
public final class AddressGuard {

    public static final String ALLOW_LOOPBACK = "factdesk.feeds.allow-loopback";

    /** Name resolution, replaceable so the rules can be tested without any network. */
    @FunctionalInterface
    public interface Resolver {
        List<InetAddress> resolve(String host) throws UnknownHostException;
    }

    public static final Resolver DNS = host -> List.of(InetAddress.getAllByName(host));

    private final Resolver resolver;
    private final boolean allowLoopback;

    public AddressGuard(Resolver resolver, boolean allowLoopback) {
        this.resolver = resolver;
        this.allowLoopback = allowLoopback;
    }

    /** The guard the server uses: real DNS; loopback only when the test property is set. */
    public static AddressGuard standard() {
        return new AddressGuard(DNS, Boolean.getBoolean(ALLOW_LOOPBACK));
    }

    /** Resolves the host and returns its addresses, or refuses when any of them is not a public address. */
    public List<InetAddress> check(String host) throws FeedFetchException {
        if (host == null || host.isBlank()) {
            throw new FeedFetchException(FeedFetchException.Reason.REFUSED_ADDRESS);
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(bare);
        } catch (UnknownHostException e) {
            throw new FeedFetchException(FeedFetchException.Reason.UNREACHABLE);
        }
        if (addresses.isEmpty()) {
            throw new FeedFetchException(FeedFetchException.Reason.UNREACHABLE);
        }
        for (InetAddress address : addresses) {
            if (!allowed(address)) {
                throw new FeedFetchException(FeedFetchException.Reason.REFUSED_ADDRESS);
            }
        }
        return addresses;
    }

    boolean allowed(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return allowLoopback;
        }
        return !isInternal(address);
    }

    /**
     * Loopback, "this network", private (RFC 1918, RFC 4193), shared (RFC 6598), link-local (where cloud metadata
     * services live: 169.254.169.254, fd00:ec2::254 is ULA), multicast, benchmarking, documentation and reserved
     * ranges, and IPv6 forms that embed such an IPv4 address.
     */
    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isAnyLocalAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return isInternal4(b[0] & 0xff, b[1] & 0xff, b[2] & 0xff);
        }
        if (address instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return true; // fc00::/7 unique local
            }
            if (first == 0xfe && (b[1] & 0xc0) == 0xc0) {
                return true; // fec0::/10 deprecated site-local
            }
            if (first == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) {
                return true; // 2001:db8::/32 documentation
            }
            boolean zeroPrefix = true;
            for (int i = 0; i < 10; i++) {
                zeroPrefix &= b[i] == 0;
            }
            if (zeroPrefix && (b[10] == 0 && b[11] == 0 || (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff)) {
                return isInternal4(b[12] & 0xff, b[13] & 0xff, b[14] & 0xff) || b[12] == 0; // ::a.b.c.d, ::ffff:a.b.c.d
            }
            if ((b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
                return isInternal4(b[12] & 0xff, b[13] & 0xff, b[14] & 0xff); // 64:ff9b::/96 NAT64
            }
            if (first == 0x20 && (b[1] & 0xff) == 0x02) {
                return isInternal4(b[2] & 0xff, b[3] & 0xff, b[4] & 0xff); // 2002::/16 6to4
            }
        }
        return false;
    }

    private static boolean isInternal4(int a, int b, int c) {
        return a == 0
                || a == 10
                || a == 127
                || a >= 224 // this network, private, loopback, multicast + reserved
                || a == 100 && b >= 64 && b <= 127 // shared address space (carrier NAT)
                || a == 169 && b == 254 // link-local, cloud metadata
                || a == 172 && b >= 16 && b <= 31 // private
                || a == 192 && b == 168 // private
                || a == 192 && b == 0 && (c == 0 || c == 2) // IETF protocol assignments, documentation
                || a == 198 && (b == 18 || b == 19) // benchmarking
                || a == 198 && b == 51 && c == 100
                || a == 203 && b == 0 && c == 113; // documentation
    }
}
