// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which URLs may be fetched, with a fake DNS so that no test depends on the network. */
class UrlGuardTest {

    private static final Map<String, String> DNS = Map.of(
            "data.example.nl", "145.12.1.10",
            "intranet.provincie.local", "10.20.30.40",
            "metadata.cloud", "169.254.169.254",
            "mixed.example.nl", "145.12.1.11");

    private final UrlGuard guard = new UrlGuard(false, UrlGuardTest::resolve);

    @Test
    void acceptsHttpAndHttpsToPublicHosts() {
        assertThat(guard.parse("https://data.example.nl/export/subsidies.csv")).hasHost("data.example.nl");
        assertThatNoException().isThrownBy(() -> guard.parse("http://data.example.nl:8080/a.json?page=1"));
        assertThatNoException().isThrownBy(() -> guard.parse("https://145.12.1.10/a.csv"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://data.example.nl/a.csv", "jar:file:/x.jar!/a.csv",
            "gopher://data.example.nl/", "data.example.nl/a.csv"})
    void refusesSchemesOtherThanHttp(String url) {
        assertRefused(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/a.csv", "http://localhost:8080/a.csv", "http://[::1]/a.csv",
            "http://10.0.0.1/a.csv", "http://172.16.5.4/a.csv", "http://192.168.1.1/a.csv",
            "http://169.254.169.254/latest/meta-data/", "http://metadata.cloud/", "http://intranet.provincie.local/a.csv",
            "http://0.0.0.0/", "http://100.64.1.1/", "http://[fd00::1]/", "http://[fe80::1]/",
            "http://[::ffff:127.0.0.1]/", "http://[::ffff:10.1.2.3]/", "http://224.0.0.1/", "http://255.255.255.255/"})
    void refusesLoopbackLinkLocalAndPrivateAddresses(String url) {
        assertThatThrownBy(() -> guard.parse(url)).isInstanceOfSatisfying(PlatformException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.FETCH_URL_REFUSED);
            assertThat(e.code().status().value()).isEqualTo(400);
            assertThat(e.getMessage()).contains("private network").contains(UrlGuard.SETTING);
        });
    }

    @Test
    void refusesCredentialsInTheUrl() {
        assertRefused("https://user:secret@data.example.nl/a.csv");
    }

    @Test
    void refusesMalformedUrls() {
        assertRefused("https://data.example.nl/a b.csv");
        assertRefused("https:///a.csv");
    }

    @Test
    void anUnknownHostIsAFailedFetchNotARefusal() {
        assertThatThrownBy(() -> guard.parse("https://nowhere.example.nl/a.csv"))
                .isInstanceOfSatisfying(PlatformException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.FETCH_FAILED));
    }

    @Test
    void theSettingAllowsPrivateAddressesButNotOtherSchemes() {
        var permissive = new UrlGuard(true, UrlGuardTest::resolve);
        assertThatNoException().isThrownBy(() -> permissive.parse("http://127.0.0.1:8123/a.csv"));
        assertThatNoException().isThrownBy(() -> permissive.parse("http://intranet.provincie.local/a.csv"));
        assertThatThrownBy(() -> permissive.parse("file:///etc/passwd")).isInstanceOf(PlatformException.class);
    }

    @Test
    void classifiesAddresses() throws UnknownHostException {
        assertThat(UrlGuard.isInternal(InetAddress.getByName("145.12.1.10"))).isFalse();
        assertThat(UrlGuard.isInternal(InetAddress.getByName("2001:db8::1"))).isFalse();
        assertThat(UrlGuard.isInternal(InetAddress.getByName("100.63.255.255"))).isFalse();
        assertThat(UrlGuard.isInternal(InetAddress.getByName("172.32.0.1"))).isFalse();
        assertThat(UrlGuard.isInternal(InetAddress.getByName("172.31.255.255"))).isTrue();
        assertThat(UrlGuard.isInternal(InetAddress.getByName("fc00::1"))).isTrue();
    }

    @Test
    void checksEachRedirectTargetLikeTheUrl() {
        assertThatNoException().isThrownBy(() -> guard.check(URI.create("https://mixed.example.nl/next")));
        assertThatThrownBy(() -> guard.check(URI.create("http://localhost/admin")))
                .isInstanceOf(PlatformException.class);
    }

    private void assertRefused(String url) {
        assertThatThrownBy(() -> guard.parse(url)).isInstanceOfSatisfying(PlatformException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.FETCH_URL_REFUSED));
    }

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String literal = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (literal.equals("localhost")) {
            return new InetAddress[] {InetAddress.getByName("127.0.0.1"), InetAddress.getByName("::1")};
        }
        if (literal.matches("[0-9.]+") || literal.contains(":")) {
            return new InetAddress[] {InetAddress.getByName(literal)};
        }
        String address = DNS.get(literal);
        if (address == null) {
            throw new UnknownHostException(host);
        }
        return new InetAddress[] {InetAddress.getByName(address)};
    }
}
