// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.FetchCode;
import nl.datakraam.shared.PlatformException;

/**
 * Decides which URLs Datakraam may fetch: http and https only, no credentials in the URL, and — unless the operator
 * allows it — no host that resolves to a loopback, link-local, private or otherwise internal address, so that a URL
 * cannot make the server reach services in its own network (SSRF). Every redirect target is checked again.
 *
 * <p>Known limit: the host is resolved here and again by the HTTP client, so a DNS server that answers differently
 * the second time (DNS rebinding) is not stopped; a firewall rule for the server's outgoing traffic is the real
 * fence.
 */
public final class UrlGuard {

    /** Resolves a host name to its addresses; a seam for tests. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    static final String SETTING = "datakraam.ingest.fetch.allow-private-addresses";

    private static final Set<String> SCHEMES = Set.of("http", "https");

    private final boolean allowPrivateAddresses;
    private final Resolver resolver;

    public UrlGuard(boolean allowPrivateAddresses) {
        this(allowPrivateAddresses, InetAddress::getAllByName);
    }

    UrlGuard(boolean allowPrivateAddresses, Resolver resolver) {
        this.allowPrivateAddresses = allowPrivateAddresses;
        this.resolver = resolver;
    }

    /**
     * Parses a URL as a person gave it and checks it.
     *
     * @throws PlatformException {@link ErrorCode#FETCH_URL_REFUSED} for a URL that is malformed or not allowed;
     *     {@link ErrorCode#FETCH_FAILED} for a host that does not resolve
     */
    public URI parse(String text) {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw refused(FetchCode.URL_INVALID, Map.of("reason", e.getReason()));
        }
        check(uri);
        return uri;
    }

    /**
     * Checks a URL (the one given, or a redirect's target) just before it is fetched.
     *
     * @throws PlatformException as {@link #parse}
     */
    public void check(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!SCHEMES.contains(scheme)) {
            throw refused(FetchCode.URL_SCHEME, Map.of("scheme", scheme.isEmpty() ? "none" : scheme));
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw refused(FetchCode.URL_NO_HOST, Map.of());
        }
        if (uri.getRawUserInfo() != null) {
            throw refused(FetchCode.URL_CREDENTIALS, Map.of());
        }
        if (allowPrivateAddresses) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new PlatformException(ErrorCode.FETCH_FAILED, FetchCode.HOST_UNKNOWN, Map.of("host", host));
        }
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                throw refused(FetchCode.URL_INTERNAL, Map.of("host", host, "setting", SETTING));
            }
        }
    }

    /** Loopback, link-local, private (RFC 1918, IPv6 unique local), carrier-grade NAT, multicast and reserved. */
    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0                                        // "this" network
                    || first == 100 && second >= 64 && second < 128  // 100.64.0.0/10, carrier-grade NAT
                    || first == 192 && second == 0 && (b[2] & 0xff) == 0  // 192.0.0.0/24, protocol assignments
                    || first == 198 && (second == 18 || second == 19)     // 198.18.0.0/15, benchmarking
                    || first >= 240;                                 // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {                             // fc00::/7, unique local
                return true;
            }
            if (isEmbeddingIpv4(b)) {                                // ::ffff:a.b.c.d, ::a.b.c.d
                try {
                    return isInternal(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return false;
    }

    private static boolean isEmbeddingIpv4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] == 0 && b[11] == 0) || (b[10] == (byte) 0xff && b[11] == (byte) 0xff);
    }

    private static PlatformException refused(FetchCode code, Map<String, ?> arguments) {
        Map<String, Object> facts = new HashMap<>(arguments);
        facts.put("parameter", "url");
        return new PlatformException(ErrorCode.FETCH_URL_REFUSED, code, facts);
    }
}
