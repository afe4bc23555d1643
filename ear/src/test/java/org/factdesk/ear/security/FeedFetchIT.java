package org.factdesk.ear.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.ear.Api.q;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.factdesk.ear.Api;
import org.factdesk.ear.Api.Reply;
import org.factdesk.ear.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Feed fetching end to end, against a tiny HTTP server on 127.0.0.1 only (the test server allows loopback
 * feeds with -Dfactdesk.feeds.allow-loopback=true; private, link-local and metadata addresses are refused in
 * AddressGuardTest with a stubbed resolver, never by connecting). Redirect loops, redirects off the web, to
 * the unspecified address 0.0.0.0, oversize bodies, and failures that must all read alike.
 */
@ExtendWith(ArquillianExtension.class)
class FeedFetchIT {

    private static final String FEED =
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Loopback wire</title>"
                    + "<item><guid>%s</guid><title>Minister resigns</title><link>javascript:alert(1)</link>"
                    + "<description>The minister said he would resign.</description></item></channel></rss>";

    private static HttpServer server;
    private static String base;
    private static final AtomicInteger HOPS = new AtomicInteger();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeAll
    static void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/loop", exchange -> {
            HOPS.incrementAndGet();
            exchange.getResponseHeaders().add("Location", "/loop?" + System.nanoTime());
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.createContext("/to-file", exchange -> redirect(exchange, "file:///etc/passwd"));
        server.createContext(
                "/to-zero",
                exchange -> redirect(
                        exchange, "http://0.0.0.0:" + server.getAddress().getPort() + "/ok"));
        server.createContext("/to-ok", exchange -> redirect(exchange, "/ok"));
        server.createContext(
                "/ok", exchange -> send(exchange, 200, String.format(FEED, "loopback-" + System.nanoTime())));
        server.createContext("/big", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                byte[] chunk = "<!-- padding padding padding padding -->\n".getBytes(StandardCharsets.UTF_8);
                out.write("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>".getBytes(StandardCharsets.UTF_8));
                for (int i = 0; i < 300_000 / chunk.length; i++) {
                    out.write(chunk);
                }
            } catch (IOException reset) {
                // the reader stopped at its cap and hung up
            }
        });
        server.createContext("/secret", exchange -> {
            exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"ops\"");
            send(exchange, 401, "<html>Management console</html>");
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void aLoopbackFeedIsReadAndItsJavascriptLinkIsNotStored() {
        Reply imported = importFeed(base + "/to-ok?" + System.nanoTime());
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().path("imported").asInt()).isEqualTo(1);
    }

    @Test
    void redirectsAreFollowedAtMostThreeTimes() {
        HOPS.set(0);
        Reply reply = importFeed(base + "/loop");
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().path("code").asText()).isEqualTo("error.feedUnreadable.TOO_MANY_REDIRECTS");
        assertThat(HOPS.get()).isEqualTo(4); // the first request and three redirects
    }

    @Test
    void redirectsOffTheWebOrToTheUnspecifiedAddressAreRefused() {
        assertThat(importFeed(base + "/to-file").json().path("code").asText())
                .isEqualTo("error.feedUnreadable.REFUSED_ADDRESS");
        assertThat(importFeed(base + "/to-zero").json().path("code").asText())
                .isEqualTo("error.feedUnreadable.REFUSED_ADDRESS");
        Reply direct = Api.as("editor")
                .post(
                        "intake/feeds",
                        "{\"url\":" + q("http://0.0.0.0:" + server.getAddress().getPort() + "/ok") + "}");
        if (direct.status() == 201) {
            assertThat(Api.as("editor")
                            .post("intake/feeds/" + direct.json().path("id").asLong() + "/import", "")
                            .json()
                            .path("code")
                            .asText())
                    .isEqualTo("error.feedUnreadable.REFUSED_ADDRESS");
        } else {
            assertThat(direct.status()).isEqualTo(422);
        }
    }

    @Test
    void anOversizeFeedIsCutOff() {
        Reply reply = importFeed(base + "/big");
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().path("code").asText()).isEqualTo("error.feedUnreadable.TOO_LARGE");
    }

    @Test
    void aClosedPortAndAPasswordProtectedOneReadTheSame() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        String secretUrl = base + "/secret";
        String refusedUrl = "http://127.0.0.1:" + closed + "/feed";
        Reply secret = importFeed(secretUrl);
        Reply refused = importFeed(refusedUrl);
        assertThat(secret.status()).isEqualTo(422);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(secret.json().path("code").asText()).isEqualTo("error.feedUnreadable.UNREACHABLE");
        assertThat(refused.json().path("code").asText()).isEqualTo("error.feedUnreadable.UNREACHABLE");
        // The message names the feed's address; a port number may contain "401" by chance, so the
        // address is taken out before looking for what the server told us.
        String secretDetail = secret.json().path("detail").asText().replace(secretUrl, "<feed>");
        String refusedDetail = refused.json().path("detail").asText().replace(refusedUrl, "<feed>");
        assertThat(secretDetail)
                .isEqualTo(refusedDetail)
                .doesNotContain("401")
                .doesNotContain("Management")
                .doesNotContainIgnoringCase("refused")
                .doesNotContainIgnoringCase("connect");
    }

    private static Reply importFeed(String url) {
        Api editor = Api.as("editor");
        Reply registered = editor.post("intake/feeds", "{\"url\":" + q(url) + "}");
        assertThat(registered.status()).as(registered.toString()).isIn(200, 201);
        return editor.post("intake/feeds/" + registered.json().path("id").asLong() + "/import", "");
    }

    private static void redirect(com.sun.net.httpserver.HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static void send(com.sun.net.httpserver.HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
