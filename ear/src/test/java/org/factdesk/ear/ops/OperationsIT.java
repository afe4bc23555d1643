package org.factdesk.ear.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.factdesk.ear.Api;
import org.factdesk.ear.Api.Reply;
import org.factdesk.ear.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What newsroom IT checks on a running server, on the real EAR: Factdesk's own readiness and liveness on
 * WildFly's management health endpoint, its figures on the management /metrics beside WildFly's, the OpenAPI
 * document and the API page, and logs a person can read — a client's mistake is one INFO line, never an
 * ERROR or a stack trace.
 */
@ExtendWith(ArquillianExtension.class)
class OperationsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final URI MANAGEMENT =
            URI.create("http://localhost:" + Integer.getInteger("factdesk.test.management.port", 10090) + "/");
    private static final URI SERVER = Deployments.BASE.resolve("/");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void readinessReportsDatabaseMigrationsAndSearchIndex() throws IOException {
        HttpResponse<String> ready = get(MANAGEMENT.resolve("health/ready"));
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        JsonNode factdesk = check(JSON.readTree(ready.body()), "factdesk");
        assertThat(factdesk.path("status").asText()).isEqualTo("UP");
        assertThat(factdesk.path("data").path("database").asText()).isEqualTo("reachable");
        assertThat(factdesk.path("data").path("pendingMigrations").asInt(-1)).isZero();
        assertThat(factdesk.path("data").path("failedMigrations").asInt(-1)).isZero();
        assertThat(factdesk.path("data").path("indexedClaims").asLong(-1)).isPositive();

        HttpResponse<String> live = get(MANAGEMENT.resolve("health/live"));
        assertThat(live.statusCode()).as(live.body()).isEqualTo(200);
        assertThat(check(JSON.readTree(live.body()), "factdesk").path("status").asText())
                .isEqualTo("UP");
    }

    @Test
    void metricsShowFactdesksFiguresBesideWildflys() {
        Api.as("editor").get("claims?size=5");
        Api.as("editor", "not-the-password").get("me");

        String metrics = get(MANAGEMENT.resolve("metrics")).body();
        // Prometheus labels in any order, WildFly adds its own (the deployment)
        assertThat(metrics)
                .containsPattern("(?m)^factdesk_claims\\{.*status=\"NEW\".*} [0-9]")
                .containsPattern("(?m)^factdesk_claims\\{.*status=\"PUBLISHED\".*} [1-9]")
                .containsPattern("(?m)^factdesk_desk_claims_open\\{.*desk=\"middle-east\".*} [1-9]")
                .containsPattern("(?m)^factdesk_desk_claims_overdue\\{.*desk=\"middle-east\".*} [0-9]")
                .containsPattern("(?m)^factdesk_queue_page_seconds_count\\{.*} [1-9]")
                .containsPattern("(?m)^factdesk_similar_search_seconds_count\\{.*} [0-9]")
                .containsPattern("(?m)^factdesk_intake_articles_total\\{.*} [0-9]")
                .containsPattern("(?m)^factdesk_intake_feed_errors_total\\{.*} [0-9]")
                .containsPattern("(?m)^factdesk_logins_failed_total\\{.*} [1-9]")
                // WildFly's own figures, from the same registry
                .contains("undertow_", "datasources_");
    }

    @Test
    void openApiDocumentDescribesTheRealResourcesAndTheirErrors() throws IOException {
        HttpResponse<String> document = get(SERVER.resolve("openapi?format=JSON"));
        assertThat(document.statusCode()).isEqualTo(200);
        JsonNode openApi = JSON.readTree(document.body());
        assertThat(openApi.path("openapi").asText()).startsWith("3.");
        JsonNode paths = openApi.path("paths");
        assertThat(paths.has("/factdesk/api/claims")).as(paths.toString()).isTrue();
        assertThat(paths.has("/factdesk/api/claims/{id}/transitions")).isTrue();
        assertThat(paths.has("/factdesk/api/intake/analyze")).isTrue();
        JsonNode create = paths.path("/factdesk/api/claims").path("post");
        assertThat(create.path("responses")
                        .path("422")
                        .path("content")
                        .path("application/problem+json")
                        .path("schema")
                        .path("$ref")
                        .asText())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(openApi.path("components")
                        .path("schemas")
                        .path("Problem")
                        .path("properties")
                        .has("correlationId"))
                .isTrue();
        assertThat(openApi.path("components")
                        .path("securitySchemes")
                        .path("basic")
                        .path("scheme")
                        .asText())
                .isEqualTo("basic");

        HttpResponse<String> page = get(Deployments.BASE.resolve("api-docs/"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui-bundle.js");
        assertThat(get(Deployments.BASE.resolve("api-docs/swagger-initializer.js"))
                        .body())
                .contains("/openapi");
        assertThat(get(Deployments.BASE.resolve("api-docs/swagger-ui-bundle.js"))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void clientErrorsAreOneInfoLineEachAndNeverAStackTrace() throws IOException {
        Path log = Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
        long before = Files.size(log);
        String marker = "bad" + UUID.randomUUID().toString().substring(0, 8);
        Api editor = Api.as("editor");
        List<Reply> replies = List.of(
                editor.post("claims", "{\"statement\": \"" + marker),
                editor.post("claims", "{\"statement\": 42, \"desk\": [" + marker + "]}"),
                editor.post(
                        "claims",
                        "{\"statement\": \"x\", \"desk\": \"middle-east\", \"priority\": \"" + marker + "\"}"),
                editor.get("claims?page=" + marker),
                editor.get("claims?sort=" + marker),
                editor.get("claims/" + marker),
                editor.get("claims/999999999"),
                editor.post("claims/1/transitions", "{\"transition\": \"" + marker + "\", \"version\": 0}"),
                editor.post("claims", "{}"),
                Api.anonymous().get("claims?q=" + marker));
        assertThat(replies)
                .allSatisfy(
                        reply -> assertThat(reply.status()).as(reply.toString()).isBetween(400, 499));

        String written = tail(log, before);
        assertThat(written).doesNotContain(" ERROR ").doesNotContain("\tat ").doesNotContain("WFLYEJB0034");
        long infoLines = written.lines()
                .filter(line -> line.contains("org.factdesk.web.rest.ClientErrors"))
                .count();
        assertThat(infoLines).isBetween(8L, (long) replies.size());
    }

    private static String tail(Path log, long from) throws IOException {
        byte[] all = Files.readAllBytes(log);
        return from <= all.length ? new String(all, (int) from, all.length - (int) from, StandardCharsets.UTF_8) : "";
    }

    private static JsonNode check(JsonNode health, String name) {
        for (JsonNode check : health.path("checks")) {
            if (name.equals(check.path("name").asText())) {
                return check;
            }
        }
        throw new AssertionError("No check named " + name + " in " + health);
    }

    private static HttpResponse<String> get(URI uri) {
        try {
            return HTTP.send(
                    HttpRequest.newBuilder(uri)
                            .timeout(Duration.ofSeconds(30))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
