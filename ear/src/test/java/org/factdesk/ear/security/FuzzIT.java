package org.factdesk.ear.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.factdesk.ear.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 5,000 malformed requests across the API, generated from a fixed seed (so a failure can be replayed): bad ids,
 * bad query parameters, broken, mistyped, deeply nested and oversized bodies, wrong content types, odd Accept
 * headers and wrong methods — as a logged-in editor, sent to the test server on loopback only. Every answer
 * must be a 4xx (or 2xx) and every error problem+json, and the server must log no ERROR for any of them.
 * Feed registration is never sent a valid http URL, so nothing is ever fetched.
 */
@ExtendWith(ArquillianExtension.class)
class FuzzIT {

    static final int REQUESTS = 5_000;
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String AUTH = "Basic "
            + Base64.getEncoder()
                    .encodeToString(("editor:" + Deployments.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));

    private static final String[] IDS = {
        "-1",
        "0",
        "abc",
        "99999999999999999999",
        "1e3",
        "%00",
        "..%2F..%2Fetc",
        "1%3BDROP%20TABLE%20claim",
        "%20",
        "9223372036854775807",
        "1.5",
        "%E2%80%AE1",
        "1"
    };
    private static final String[] ENDPOINTS = {
        "GET claims?%s",
        "GET claims/%s",
        "POST claims",
        "POST claims/%s/transitions",
        "PUT claims/%s/verdict",
        "PUT claims/%s/attribution-check",
        "POST claims/%s/evidence",
        "POST claims/%s/comments",
        "POST claims/bulk",
        "GET claims/export.csv?%s",
        "POST intake/analyze",
        "POST intake/score",
        "POST intake/similar",
        "POST intake/feeds",
        "POST intake/feeds/%s/import",
        "POST me/tokens",
        "DELETE me/tokens/%s",
        "GET users",
        "GET admin/users",
        "POST admin/search-index",
        "GET nowhere/%s",
        "PATCH claims/%s",
        "DELETE claims/%s",
        "PUT claims",
        "POST claims/export.csv"
    };
    private static final String[] PARAMS = {
        "status=NOPE",
        "size=-5",
        "size=100000",
        "page=-1",
        "page=abc",
        "sort=%2B%2B",
        "sort=-nonsense",
        "assignee=%00",
        "desk=%27%20OR%201%3D1",
        "overdue=maybe",
        "attributed=2",
        "q=" + "a".repeat(3000),
        "status=NEW,,,",
        "unassigned=%FF",
        "size=1e9",
        "due=yesterday"
    };
    private static final String[] FIELDS = {
        "statement",
        "desk",
        "transition",
        "version",
        "reason",
        "assignee",
        "rating",
        "summary",
        "check",
        "kind",
        "stance",
        "reliability",
        "credibility",
        "text",
        "sentences",
        "ids",
        "action",
        "url",
        "name",
        "tags",
        "appearance",
        "attribution",
        "priority",
        "dueAt"
    };
    private static final String[] VALUES = {
        "null",
        "true",
        "-1",
        "1e400",
        "\"\"",
        "\"\\u0000\"",
        "[]",
        "{}",
        "\"NOPE\"",
        "99999999999999999999999",
        "\"2026-13-45T25:61:00Z\"",
        "[null]",
        "[{}]",
        "\"javascript:x\"",
        "\"ftp://x\"",
        "{\"a\":[1,{\"b\":null}]}",
        "\"\\ud800\"",
        "0.0000001",
        "\"" + "x".repeat(5000) + "\""
    };
    private static final String[] TYPES = {
        "application/json",
        "application/json",
        "text/plain",
        "application/xml",
        null,
        "application/json; charset=ebcdic",
        "multipart/form-data; boundary=x",
        "application/x-www-form-urlencoded"
    };
    private static final String[] ACCEPTS = {
        "application/json",
        "*/*",
        "text/html",
        "application/xml",
        "garbage",
        "application/json, application/problem+json",
        "text/csv"
    };

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void malformedRequestsGetProblemsNeverServerErrors() throws IOException {
        Path log = Path.of(System.getProperty("jboss.home", "target/wildfly"), "standalone", "log", "server.log");
        long logStart = Files.isRegularFile(log) ? Files.size(log) : 0;
        Random random = new Random(9);
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            String endpoint = ENDPOINTS[random.nextInt(ENDPOINTS.length)];
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = endpoint.substring(endpoint.indexOf(' ') + 1);
            if (path.contains("?%s")) {
                path = String.format(
                        path, PARAMS[random.nextInt(PARAMS.length)] + "&" + PARAMS[random.nextInt(PARAMS.length)]);
            } else if (path.contains("%s")) {
                path = String.format(path, IDS[random.nextInt(IDS.length)]);
            }
            byte[] body =
                    method.equals("GET") || method.equals("DELETE") && random.nextBoolean() ? null : body(random, path);
            String type = TYPES[random.nextInt(TYPES.length)];
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Deployments.BASE + "api/" + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", AUTH)
                    .header("Accept", ACCEPTS[random.nextInt(ACCEPTS.length)])
                    .method(
                            method,
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofByteArray(body));
            if (type != null && body != null) {
                request.header("Content-Type", type);
            }
            HttpResponse<String> response;
            try {
                response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            int status = response.statusCode();
            statuses.merge(status, 1, Integer::sum);
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            if (status >= 500 || status >= 400 && !contentType.startsWith("application/problem+json")) {
                failures.add(i + ": " + method + " " + path + " (" + type + ", accept "
                        + request.build().headers().firstValue("Accept").orElse("") + ") -> " + status + " "
                        + contentType + " "
                        + response.body()
                                .substring(0, Math.min(160, response.body().length())));
            }
        }
        System.out.println("FuzzIT: " + REQUESTS + " requests, statuses " + statuses);
        assertThat(failures).as(failures.size() + " bad answers").isEmpty();
        if (Files.isRegularFile(log)) {
            List<String> errors = new ArrayList<>();
            try (var in = Files.newInputStream(log)) {
                in.skipNBytes(Math.min(logStart, Files.size(log)));
                new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .lines()
                        .filter(line -> line.contains(" ERROR "))
                        .forEach(errors::add);
            }
            assertThat(errors).as("ERROR lines in the server log while fuzzing").isEmpty();
        } else {
            System.out.println("FuzzIT: no server log at " + log + "; log check skipped");
        }
    }

    private static byte[] body(Random random, String path) {
        String json;
        switch (random.nextInt(10)) {
            case 0 -> json = "";
            case 1 -> json = "{";
            case 2 -> json = "[".repeat(2000) + "]".repeat(2000);
            case 3 -> {
                byte[] bytes = new byte[64];
                random.nextBytes(bytes);
                return bytes;
            }
            case 4 -> json = "{\"statement\": \"unterminated";
            case 5 -> json = "not json at all";
            default -> {
                StringBuilder object = new StringBuilder("{");
                int fields = 1 + random.nextInt(5);
                for (int f = 0; f < fields; f++) {
                    if (f > 0) {
                        object.append(',');
                    }
                    object.append('"')
                            .append(FIELDS[random.nextInt(FIELDS.length)])
                            .append("\":")
                            .append(VALUES[random.nextInt(VALUES.length)]);
                }
                json = object.append(random.nextInt(4) == 0 ? "" : "}").toString();
            }
        }
        if (path.startsWith("intake/feeds") && json.contains("http")) {
            json = json.replace("http", "htp"); // never a fetchable URL
        }
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
