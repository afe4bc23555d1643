package org.factdesk.ear.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.factdesk.ear.Api.q;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.factdesk.ear.Api;
import org.factdesk.ear.Api.Reply;
import org.factdesk.ear.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Security of the API on the real EAR: headers, sessions, throttling and its release, API tokens, CSV
 * formulas, size caps and the event log. The test server runs with small throttle figures (arquillian.xml):
 * 3 free failures, lock at 6 for 5 seconds.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersAndPagesANoncedPolicy() {
        HttpResponse<String> page = Api.anonymous().exchange("GET", "../login.xhtml", null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        List<String> pagePolicies = page.headers().allValues("Content-Security-Policy");
        assertThat(pagePolicies).hasSize(1);
        String policy = pagePolicies.get(0);
        assertThat(policy)
                .contains("frame-ancestors 'none'")
                .contains("object-src 'none'")
                .containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+'");
        assertThat(scriptSrc(policy)).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(page.body()).containsPattern("<script[^>]+nonce=");

        for (HttpResponse<String> response : List.of(
                page,
                Api.as("editor").exchange("GET", "claims", null, null),
                Api.anonymous().exchange("GET", "claims", null, null),
                Api.anonymous().exchange("GET", "../jakarta.faces.resource/js/live.js.xhtml", null, null))) {
            assertThat(response.headers().firstValue("X-Frame-Options"))
                    .as(response.uri().toString())
                    .hasValue("DENY");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
            assertThat(response.headers().firstValue("Content-Security-Policy").orElse(""))
                    .contains("frame-ancestors 'none'");
            // plain HTTP: HSTS would be meaningless and is not sent
            assertThat(response.headers().firstValue("Strict-Transport-Security"))
                    .isEmpty();
        }
    }

    /**
     * Over the test server's HTTPS listener (WildFly's self-signed certificate for localhost, trusted by this
     * test only): HSTS is sent, and the session cookie made there is Secure, HttpOnly and SameSite=Lax.
     */
    @Test
    void overHttpsTheCookieIsSecureAndHstsIsSent() throws Exception {
        javax.net.ssl.TrustManager[] trustAll = {
            new javax.net.ssl.X509TrustManager() {
                @Override
                public void checkClientTrusted(java.security.cert.X509Certificate[] chain, String type) {}

                @Override
                public void checkServerTrusted(java.security.cert.X509Certificate[] chain, String type) {}

                @Override
                public java.security.cert.X509Certificate[] getAcceptedIssuers() {
                    return new java.security.cert.X509Certificate[0];
                }
            }
        };
        javax.net.ssl.SSLContext tls = javax.net.ssl.SSLContext.getInstance("TLS");
        tls.init(null, trustAll, new java.security.SecureRandom());
        java.net.http.HttpClient https = java.net.http.HttpClient.newBuilder()
                .sslContext(tls)
                .connectTimeout(java.time.Duration.ofSeconds(10))
                .build();
        int port = 8443 + Integer.getInteger("factdesk.test.port.offset", 100);
        HttpResponse<String> page = https.send(
                java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create("https://localhost:" + port + "/factdesk/dashboard/index.xhtml"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().firstValue("Strict-Transport-Security").orElse(""))
                .startsWith("max-age=");
        String cookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no session cookie: " + page.headers().map()));
        assertThat(cookie)
                .containsIgnoringCase("; Secure")
                .containsIgnoringCase("; HttpOnly")
                .containsIgnoringCase("SameSite=Lax");
    }

    /** The pages' live socket is part of the logged-in application: no session, no socket. */
    @Test
    void theLiveChannelIsRefusedWithoutALogin() {
        URI socket = URI.create(Deployments.BASE.toString().replaceFirst("^http", "ws") + "live/claims");
        assertThatThrownBy(() -> HttpClient.newHttpClient()
                        .newWebSocketBuilder()
                        .buildAsync(socket, new WebSocket.Listener() {})
                        .get(10, TimeUnit.SECONDS))
                .as(socket.toString())
                .hasCauseInstanceOf(WebSocketHandshakeException.class);
    }

    @Test
    void basicAuthenticatedCallsOpenNoSession() {
        HttpResponse<String> reply = Api.as("editor").exchange("GET", "claims?size=1", null, null);
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().allValues("Set-Cookie")).isEmpty();
        HttpResponse<String> post = Api.as("checker")
                .exchange(
                        "POST", "intake/score", "application/json", "{\"sentences\":[\"Prices rose 9% last year.\"]}");
        assertThat(post.statusCode()).isEqualTo(200);
        assertThat(post.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPasswordUntilTheLockEnds() throws InterruptedException {
        String user = "checker2";
        Reply unknown = Api.as("nobody-" + UUID.randomUUID().toString().substring(0, 6), "wrong-password")
                .get("me");
        Reply wrong = Api.as(user, "wrong-password").get("me");
        assertThat(wrong.status()).isEqualTo(401);
        // an unknown user name gets exactly the answer a wrong password gets
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.body()).isEqualTo(wrong.body());
        assertThat(wrong.contentType()).startsWith("application/problem+json");

        // Guess as a client that honours the answers: after a 429 it waits the Retry-After it was told. A client
        // that kept guessing inside the delay would only be throttled (no password is checked then), never
        // locked — a fast loop of 200 attempts once ran out inside a 2-second delay.
        boolean locked = false;
        for (int attempt = 0; attempt < 20 && !locked; attempt++) {
            HttpResponse<String> reply = Api.as(user, "wrong-password").exchange("GET", "me", null, null);
            if (reply.statusCode() == 429) {
                assertThat(reply.headers().firstValue("Content-Type").orElse(""))
                        .startsWith("application/problem+json");
                // events are committed before the answer leaves (their own transaction), so no wait is needed
                locked = events(user).stream()
                        .anyMatch(e -> e.path("kind").asText().equals("ACCOUNT_LOCKED"));
                if (!locked) {
                    TimeUnit.SECONDS.sleep(Long.parseLong(
                            reply.headers().firstValue("Retry-After").orElseThrow()));
                }
            } else {
                assertThat(reply.statusCode()).isEqualTo(401);
            }
        }
        assertThat(locked).as("the account was locked").isTrue();
        HttpResponse<String> refused = Api.as(user).exchange("GET", "me", null, null);
        assertThat(refused.statusCode()).as("the right password while locked").isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();

        // The lock is a span of time: the client is told how long (Retry-After) and comes back exactly then,
        // as a well-behaved client would. This waits on the documented answer, not on a guess.
        long retryAfter =
                Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        TimeUnit.SECONDS.sleep(retryAfter + 1);
        assertThat(Api.as(user).get("me").status()).as("after the lock ran out").isEqualTo(200);
        assertThat(events(user))
                .extracting(e -> e.path("kind").asText())
                .contains("LOGIN_FAILED", "ACCOUNT_LOCKED", "LOGIN_THROTTLED");
    }

    @Test
    void aPersonalTokenWorksUntilItIsRevokedAndItsUseIsRecorded() {
        Reply created = Api.as("checker").post("me/tokens", "{\"name\":\"nightly script\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String secret = created.json().path("token").asText();
        long id = created.json().path("id").asLong();
        assertThat(secret).startsWith("fd_").hasSizeGreaterThan(40);

        HttpResponse<String> me = Api.bearer(secret).exchange("GET", "me", null, null);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"checker\"");
        assertThat(me.headers().allValues("Set-Cookie")).isEmpty();
        // the token may write too: it is a credential the client sends, not something a browser adds
        assertThat(Api.bearer(secret)
                        .post("intake/score", "{\"sentences\":[\"Unemployment fell.\"]}")
                        .status())
                .isEqualTo(200);

        JsonNode listed = Api.as("checker").get("me/tokens").json();
        JsonNode mine = null;
        for (JsonNode token : listed) {
            if (token.path("id").asLong() == id) {
                mine = token;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.path("token").isNull() || mine.path("token").isMissingNode())
                .as("the secret is never listed")
                .isTrue();
        assertThat(mine.path("lastUsedAt").isNull()).isFalse();
        assertThat(Api.as("editor").delete("me/tokens/" + id).status())
                .as("someone else's token")
                .isEqualTo(404);

        assertThat(Api.as("checker").delete("me/tokens/" + id).status()).isEqualTo(204);
        Reply afterRevoke = Api.bearer(secret).get("me");
        assertThat(afterRevoke.status()).isEqualTo(401);
        assertThat(afterRevoke.contentType()).startsWith("application/problem+json");
        assertThat(Api.bearer("fd_not-a-token").get("me").status()).isEqualTo(401);
        assertThat(events("checker"))
                .extracting(e -> e.path("kind").asText())
                .contains("TOKEN_CREATED", "TOKEN_USED", "TOKEN_REVOKED");
    }

    @Test
    void exportedCellsThatASpreadsheetWouldRunAreNeutralised() {
        String token = "csvf" + UUID.randomUUID().toString().substring(0, 8);
        for (String statement : List.of(
                "=HYPERLINK(\"http://evil.example\",\"x\") " + token,
                "+1+2 " + token,
                "-3+4 " + token,
                "@SUM(1) " + token)) {
            Reply reply = Api.as("reporter")
                    .post(
                            "claims",
                            "{\"statement\":" + q(statement) + ",\"desk\":\"europe\"," + "\"attribution\":{\"name\":"
                                    + q("=cmd|' /C calc'!A0") + ",\"verb\":\"said\"}}");
            assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        }
        HttpResponse<String> csv = Api.as("editor").fetch("claims/export.csv?q=" + token, "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        List<String> rows = csv.body().lines().skip(1).toList();
        assertThat(rows).hasSize(4);
        for (String row : rows) {
            String statement = row.substring(row.indexOf(',') + 1);
            assertThat(statement).matches("^\"?'[=+\\-@].*");
            assertThat(row).contains(",'=cmd|");
        }
        assertThat(Api.as("reporter")
                        .fetch("claims/export.csv?q=" + token, "text/csv")
                        .statusCode())
                .as("reporters do not export")
                .isEqualTo(403);
        assertThat(Api.as("checker")
                        .fetch("claims/export.csv?q=" + token, "text/csv")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void oversizeInputIsRefusedWith422NamingTheField() {
        String tags = String.join(
                ",", IntStream.range(0, 21).mapToObj(i -> q("t" + i)).toList());
        assertField(
                Api.as("reporter")
                        .post(
                                "claims",
                                "{\"statement\":\"Too many tags.\",\"desk\":\"europe\"," + "\"tags\":[" + tags + "]}"),
                "tags");
        String hedges = String.join(
                ",",
                IntStream.range(0, 21)
                        .mapToObj(i -> "{\"kind\":\"UNVERIFIED\",\"text\":\"could not be verified " + i + "\"}")
                        .toList());
        assertField(
                Api.as("reporter")
                        .post(
                                "claims",
                                "{\"statement\":\"Too many hedges.\",\"desk\":\"europe\","
                                        + "\"appearance\":{\"source\":{\"publisher\":\"Dawn\"},\"excerpt\":\"x\",\"hedges\":["
                                        + hedges + "]}}"),
                "appearance.hedges");
        assertField(
                Api.as("reporter").post("claims", "{\"statement\":" + q("x".repeat(1001)) + ",\"desk\":\"europe\"}"),
                "statement");
        String ids = String.join(
                ",", IntStream.range(0, 501).mapToObj(Integer::toString).toList());
        assertField(Api.as("editor").post("claims/bulk", "{\"action\":\"TRIAGE\",\"ids\":[" + ids + "]}"), "ids");
    }

    @Test
    void storedUrlsMustBeWebAddresses() {
        for (String url : List.of(
                "javascript:alert(1)",
                "JaVaScRiPt:alert(1)",
                "data:text/html,<script>x</script>",
                "file:///etc/passwd",
                "vbscript:msgbox",
                "http://",
                "https://a b.example/")) {
            assertField(
                    Api.as("reporter")
                            .post(
                                    "claims",
                                    "{\"statement\":\"Link test.\",\"desk\":\"europe\","
                                            + "\"appearance\":{\"source\":{\"publisher\":\"Dawn\",\"url\":" + q(url)
                                            + "},\"excerpt\":\"x\"}}"),
                    "appearance.source.url");
        }
        Reply ok = Api.as("reporter")
                .post(
                        "claims",
                        "{\"statement\":\"Link test ok.\",\"desk\":\"europe\","
                                + "\"appearance\":{\"source\":{\"publisher\":\"Dawn\",\"url\":\"https://www.dawn.com/news/"
                                + UUID.randomUUID() + "\"},\"excerpt\":\"x\"}}");
        assertThat(ok.status()).as(ok.toString()).isEqualTo(201);
        assertThat(Api.as("editor")
                        .post("intake/feeds", "{\"url\":\"javascript:alert(1)\"}")
                        .status())
                .isEqualTo(422);
    }

    @Test
    void reportersReadWhatTheySubmittedAndWhatIsPublishedWithoutDrafts() {
        Reply byEditor = Api.as("editor")
                .post("claims", "{\"statement\":\"An editor's claim " + UUID.randomUUID() + ".\",\"desk\":\"europe\"}");
        Reply byReporter = Api.as("reporter")
                .post(
                        "claims",
                        "{\"statement\":\"A reporter's claim " + UUID.randomUUID() + ".\",\"desk\":\"europe\"}");
        long editors = byEditor.json().path("id").asLong();
        long reporters = byReporter.json().path("id").asLong();
        Api.as("editor").post("claims/" + reporters + "/comments", "{\"text\":\"internal note\"}");

        assertThat(Api.as("reporter").get("claims/" + editors).status()).isEqualTo(404);
        Reply own = Api.as("reporter").get("claims/" + reporters);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().path("comments")).isEmpty();
        assertThat(Api.as("checker").get("claims/" + editors).status()).isEqualTo(200);
        assertThat(Api.as("editor").get("claims/" + reporters).json().path("comments"))
                .isNotEmpty();

        JsonNode users = Api.as("reporter").get("users").json();
        assertThat(users).isNotEmpty();
        users.forEach(u ->
                assertThat(u.path("roles").toString()).doesNotContain("ADMIN").doesNotContain("EDITOR"));
    }

    @Test
    void aReportersQueueHoldsWhatTheySubmittedAndWhatIsPublished() {
        String word =
                "zq" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").replace('a', 'g') + "x";
        long editors = Api.as("editor")
                .post("claims", "{\"statement\":\"Editor " + word + " claim.\",\"desk\":\"europe\"}")
                .json()
                .path("id")
                .asLong();
        long reporters = Api.as("reporter")
                .post("claims", "{\"statement\":\"Reporter " + word + " claim.\",\"desk\":\"europe\"}")
                .json()
                .path("id")
                .asLong();

        JsonNode searched = Api.as("reporter").get("claims?q=" + word).json();
        assertThat(searched.path("total").asLong()).isEqualTo(1);
        assertThat(searched.path("items").get(0).path("id").asLong()).isEqualTo(reporters);
        JsonNode byEditor = Api.as("editor").get("claims?q=" + word).json();
        assertThat(byEditor.path("total").asLong()).as("editors see both").isEqualTo(2);
        assertThat(Api.as("checker")
                        .get("claims?q=" + word)
                        .json()
                        .path("total")
                        .asLong())
                .isEqualTo(2);

        // unfiltered, newest first: every row is public or the reporter's own, and the editor's is not there
        JsonNode queue = Api.as("reporter").get("claims?size=500&sort=-created").json();
        List<Long> ids = new ArrayList<>();
        queue.path("items").forEach(row -> {
            ids.add(row.path("id").asLong());
            if (!List.of("PUBLISHED", "CORRECTED").contains(row.path("status").asText())) {
                assertThat(Api.as("editor")
                                .get("claims/" + row.path("id").asLong())
                                .json()
                                .path("createdBy")
                                .asText())
                        .as(row.toString())
                        .isEqualTo("reporter");
            }
        });
        assertThat(ids).contains(reporters).doesNotContain(editors);
        assertThat(queue.path("total").asLong())
                .isLessThan(Api.as("editor")
                        .get("claims?size=1")
                        .json()
                        .path("total")
                        .asLong());
    }

    /** Endpoint × caller → status, all from this one table (-1: not asked; see docs/security.md). */
    @Test
    void theRoleMatrixHolds() {
        String newClaim = "{\"statement\":\"Matrix claim.\",\"desk\":\"europe\"}";
        record Row(
                String method,
                String path,
                String body,
                int anonymous,
                int reporter,
                int checker,
                int editor,
                int admin) {}
        List<Row> table = List.of(
                new Row("GET", "me", null, 401, 200, 200, 200, 200),
                new Row("GET", "desks", null, 401, 200, 200, 200, 200),
                new Row("GET", "ratings", null, 401, 200, 200, 200, 200),
                new Row("GET", "users", null, 401, 200, 200, 200, 200),
                new Row("GET", "claims?size=1", null, 401, 200, 200, 200, 200),
                new Row("POST", "claims", newClaim, 401, 201, 201, 201, 403),
                new Row("GET", "claims/export.csv?q=nothing-matches-this", null, 401, 403, 403, 200, 200),
                new Row("GET", "me/tokens", null, 401, 200, 200, 200, 200),
                new Row("POST", "intake/score", "{\"sentences\":[\"Prices rose.\"]}", 401, 200, 200, 200, 200),
                new Row(
                        "POST",
                        "intake/analyze",
                        "{\"text\":\"The minister said prices rose.\"}",
                        401,
                        200,
                        200,
                        200,
                        200),
                new Row("GET", "intake/feeds", null, 401, 200, 200, 200, 200),
                new Row(
                        "POST",
                        "intake/feeds",
                        "{\"url\":\"http://127.0.0.1:9/never-fetched.xml\"}",
                        401,
                        403,
                        403,
                        -1,
                        -1),
                new Row("GET", "admin/users", null, 401, 403, 403, 403, 200),
                new Row("GET", "admin/security-events?limit=1", null, 401, 403, 403, 403, 200),
                new Row("POST", "admin/search-index", null, 401, 403, 403, 403, -1),
                new Row("POST", "admin/load/claims?count=1", null, 401, 403, 403, 403, -1));
        List<String> callers = java.util.Arrays.asList(null, "reporter", "checker", "editor2", "admin");
        List<String> mismatches = new ArrayList<>();
        for (Row row : table) {
            int[] expected = {row.anonymous(), row.reporter(), row.checker(), row.editor(), row.admin()};
            for (int i = 0; i < callers.size(); i++) {
                if (expected[i] < 0) {
                    continue;
                }
                Api api = callers.get(i) == null ? Api.anonymous() : Api.as(callers.get(i));
                HttpResponse<String> reply = api.exchange(
                        row.method(),
                        row.path(),
                        row.body() == null ? null : "application/json",
                        row.body(),
                        "Accept",
                        "application/json, text/csv, application/problem+json");
                if (reply.statusCode() != expected[i]) {
                    mismatches.add(row.method() + " " + row.path() + " as " + callers.get(i) + ": " + reply.statusCode()
                            + " (expected " + expected[i] + ") "
                            + reply.body()
                                    .substring(0, Math.min(200, reply.body().length())));
                }
                if (reply.statusCode() >= 400) {
                    assertThat(reply.headers().firstValue("Content-Type").orElse(""))
                            .as(row.path())
                            .startsWith("application/problem+json");
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    private static void assertField(Reply reply, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(422);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        if (field != null) {
            List<String> fields = new ArrayList<>();
            reply.json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
            assertThat(fields).as(reply.body()).contains(field);
        }
    }

    private static List<JsonNode> events(String username) {
        Reply reply = Api.as("admin").get("admin/security-events?limit=200&username=" + username);
        assertThat(reply.status()).isEqualTo(200);
        List<JsonNode> events = new ArrayList<>();
        reply.json().forEach(events::add);
        return events;
    }

    private static String scriptSrc(String policy) {
        for (String directive : policy.split(";")) {
            if (directive.strip().startsWith("script-src")) {
                return directive;
            }
        }
        return "";
    }
}
