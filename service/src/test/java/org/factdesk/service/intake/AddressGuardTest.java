package org.factdesk.service.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The feed address rules, with a stubbed resolver: nothing here resolves a real name or opens a connection,
 * so no private, link-local, metadata or public address is ever contacted.
 */
class AddressGuardTest {

    /** Host names the stub knows, and what they "resolve" to. Literal addresses parse without any lookup. */
    private static final Map<String, List<String>> NAMES = Map.of(
            "news.example", List.of("93.184.215.14"),
            "rebind.example", List.of("93.184.215.14", "10.0.0.7"),
            "metadata.example", List.of("169.254.169.254"),
            "internal.invalid", List.of("10.0.0.7"),
            "v6only.example", List.of("2606:4700::6810:84e5"));

    private static final AddressGuard.Resolver STUB = host -> {
        List<String> known = NAMES.get(host);
        if (known == null && !host.matches("[0-9a-fA-F.:]+")) {
            throw new UnknownHostException(host);
        }
        return (known == null ? List.of(host) : known)
                .stream().map(AddressGuardTest::literal).toList();
    };

    private final AddressGuard guard = new AddressGuard(STUB, false);

    private static InetAddress literal(String address) {
        try {
            return InetAddress.getByName(address); // a literal: parsed, never looked up
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(address, e);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "127.0.0.1",
                "127.1.2.3",
                "::1",
                "0.0.0.0",
                "::",
                "10.1.2.3",
                "172.16.0.1",
                "172.31.255.255",
                "192.168.1.1",
                "100.64.0.1",
                "169.254.169.254",
                "169.254.0.1",
                "fe80::1",
                "fc00::1",
                "fd00:ec2::254",
                "fec0::1",
                "224.0.0.1",
                "255.255.255.255",
                "240.0.0.1",
                "198.18.0.1",
                "192.0.0.1",
                "192.0.2.1",
                "::ffff:127.0.0.1",
                "::ffff:10.0.0.1",
                "::ffff:169.254.169.254",
                "64:ff9b::a00:1",
                "2002:a00:1::",
                "2001:db8::1",
                "metadata.example",
                "rebind.example"
            })
    void internalAddressesAreRefused(String host) {
        assertThatThrownBy(() -> guard.check(host))
                .isInstanceOf(FeedFetchException.class)
                .extracting(e -> ((FeedFetchException) e).getReason())
                .isEqualTo(FeedFetchException.Reason.REFUSED_ADDRESS);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "news.example",
                "v6only.example",
                "93.184.215.14",
                "8.8.8.8",
                "172.32.0.1",
                "100.128.0.1",
                "2606:4700::6810:84e5"
            })
    void publicAddressesPass(String host) throws FeedFetchException {
        assertThat(guard.check(host)).isNotEmpty();
    }

    @Test
    void bracketedIpv6HostsAreCheckedToo() {
        assertThatThrownBy(() -> guard.check(URI.create("http://[::1]:9990/").getHost()))
                .isInstanceOf(FeedFetchException.class);
        assertThatThrownBy(() -> guard.check(
                        URI.create("http://[fd00:ec2::254]/latest/meta-data/").getHost()))
                .isInstanceOf(FeedFetchException.class);
    }

    @Test
    void unknownNamesSayOnlyThatTheFeedCouldNotBeFetched() {
        assertThatThrownBy(() -> guard.check("nowhere.invalid"))
                .isInstanceOf(FeedFetchException.class)
                .hasMessage("it could not be fetched");
    }

    @Test
    void theTestSwitchAllowsLoopbackAndNothingElse() throws FeedFetchException {
        AddressGuard tests = new AddressGuard(STUB, true);
        assertThat(tests.check("127.0.0.1")).isNotEmpty();
        assertThat(tests.check("::1")).isNotEmpty();
        assertThatThrownBy(() -> tests.check("0.0.0.0")).isInstanceOf(FeedFetchException.class);
        assertThatThrownBy(() -> tests.check("10.0.0.1")).isInstanceOf(FeedFetchException.class);
        assertThatThrownBy(() -> tests.check("169.254.169.254")).isInstanceOf(FeedFetchException.class);
    }

    @Test
    void theReaderRefusesInternalHostsBeforeConnecting() {
        // Names under .invalid never resolve outside the stub, so even a broken guard could reach nothing.
        assertThatThrownBy(() -> FeedReader.read(URI.create("http://internal.invalid/feed.xml"), guard))
                .isInstanceOf(FeedFetchException.class)
                .hasMessage("the address is not a public web address");
        assertThatThrownBy(() -> FeedReader.read(URI.create("http://metadata.example/latest/"), guard))
                .isInstanceOf(FeedFetchException.class);
        assertThatThrownBy(() -> FeedReader.read(URI.create("gopher://news.example/"), guard))
                .isInstanceOf(FeedFetchException.class);
    }
}
