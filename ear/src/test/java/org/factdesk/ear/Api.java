package org.factdesk.ear;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for the Factdesk API, logged in as one user with HTTP Basic. */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final String authorization;

    private Api(String authorization) {
        this.authorization = authorization;
    }

    public static Api as(String username) {
        return as(username, Deployments.DEMO_PASSWORD);
    }

    public static Api as(String username, String password) {
        return new Api("Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** Logged in with a personal API token ({@code Authorization: Bearer}). */
    public static Api bearer(String token) {
        return new Api("Bearer " + token);
    }

    public static Api anonymous() {
        return new Api(null);
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    /** A GET that may take longer than the usual 30 seconds, such as a benchmark run. */
    public Reply get(String path, Duration timeout) {
        return send(request(path).timeout(timeout).GET());
    }

    /** A GET that accepts the given media type, answered with all its headers (downloads such as CSV). */
    public HttpResponse<String> fetch(String path, String accept) {
        HttpRequest.Builder builder = request(path).setHeader("Accept", accept).GET();
        return raw(builder);
    }

    public Reply post(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A POST that may take longer than the usual 30 seconds, such as generating load data. */
    public Reply post(String path, String json, Duration timeout) {
        return send(request(path)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /**
     * Moves a claim through the workflow, carrying the version of the claim as last {@code seen}; {@code reason}
     * and {@code assignee} may be null.
     */
    public Reply move(long id, JsonNode seen, String transition, String reason, String assignee) {
        return post(
                "claims/" + id + "/transitions",
                "{\"transition\":" + q(transition) + ",\"version\":"
                        + seen.path("version").asLong() + (reason == null ? "" : ",\"reason\":" + q(reason))
                        + (assignee == null ? "" : ",\"assignee\":" + q(assignee)) + "}");
    }

    public Reply put(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    /** Any request, answered with all its headers: for tests of headers and odd methods or bodies. */
    public HttpResponse<String> exchange(
            String method, String path, String contentType, String body, String... headers) {
        HttpRequest.Builder builder = request(path)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return raw(builder);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(Deployments.BASE.resolve("api/" + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json");
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }

    private static Reply send(HttpRequest.Builder request) {
        HttpResponse<String> response = raw(request);
        return new Reply(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Location").orElse(null),
                response.headers().firstValue("ETag").orElse(null),
                response.body());
    }

    /** Sends a request and reads the body as UTF-8 (what the API answers). */
    private static HttpResponse<String> raw(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One answer: status, content type, headers that matter, and the body as JSON. */
    public record Reply(int status, String contentType, String location, String etag, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON (" + status + "): " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }

    /** Waits (at most two minutes, on the server) until a running rebuild of the claim index has ended. */
    public static JsonNode awaitSearchIndexReady() {
        return as("admin")
                .get("admin/search-index?wait=120", Duration.ofMinutes(3))
                .json();
    }

    /** Quotes a string for a JSON body. */
    public static String q(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
