package org.factdesk.ear.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.factdesk.ear.Api;
import org.factdesk.ear.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The queue at newsroom scale, in a real browser: with 100,000 generated claims, a text + status filter, a sort
 * by check-worthiness and paging give the same total as the API, in order, page after page; and the page's CSV
 * export holds every filtered row (no cap). Generated claims are the only ones naming Kherson, so the filter
 * selects a known share of them (about 1 in 12 places × 3 in 14 statuses). Timings are printed, never asserted.
 */
@ExtendWith(ArquillianExtension.class)
class QueueAtScaleIT {

    private static final int CLAIMS = 100_000;
    private static final String PLACE = "Kherson";
    private static final String STATUS = "IN_REVIEW";
    private static final String CSV_HEADER =
            "id,statement,status,priority,due,desk,assignee,claimant,reporting_verb,check_worthiness,created,modified";

    private final Path screenshots = Path.of(System.getProperty("factdesk.screenshots", "target/screenshots"));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeEach
    void needsABrowser() {
        EditorPages.assumeBrowserInstalled(QueueAtScaleIT.class);
    }

    @Test
    void aFilteredSortedQueueOf100000ClaimsPagesInOrderAndExportsEveryRow() throws Exception {
        long start = System.nanoTime();
        long before = Api.as("admin").get("claims?size=1").json().path("total").asLong();
        if (before < CLAIMS) {
            Api.Reply generated = Api.as("admin")
                    .post("admin/load/claims?count=" + CLAIMS + "&seed=20261125", "", Duration.ofMinutes(20));
            assertThat(generated.status()).as(generated.toString()).isEqualTo(200);
            assertThat(generated.json().path("total").asLong()).isGreaterThanOrEqualTo(CLAIMS);
            System.out.printf("QueueAtScaleIT: generated %,d claims in %.1f s%n", CLAIMS, seconds(start));
        } else {
            System.out.printf("QueueAtScaleIT: %,d claims already stored, none generated%n", before);
        }
        long restTotal = Api.as("editor")
                .get("claims?size=1&q=" + PLACE + "&status=" + STATUS)
                .json()
                .path("total")
                .asLong();
        assertThat(restTotal).as("generated claims in review naming " + PLACE).isGreaterThan(50);

        deepPagesHoldTheRowsTheirNeighboursLeadTo();
        thePublicFeedGoesOnInOrderPastTheSearchWindow();

        try (EditorPages pages = new EditorPages(Deployments.BASE)) {
            pages.logIn("editor", Deployments.DEMO_PASSWORD);
            pages.open("queue/index.xhtml");

            long filterStart = System.nanoTime();
            pages.tick("filters:status", "In review");
            pages.searchQueue(PLACE);
            pages.waitForUrl("status=" + STATUS);
            double filterSeconds = seconds(filterStart);
            assertThat(pages.queueTotal()).isEqualTo(restTotal);

            long sortStart = System.nanoTime();
            pages.sortQueue("Check-worthy", true);
            double sortSeconds = seconds(sortStart);
            List<String> firstStatements = pages.texts("#queue\\:claims_data > tr .statement-link");
            List<Integer> firstPage = worthiness(pages);
            assertThat(firstStatements)
                    .hasSize(25)
                    .allSatisfy(s -> assertThat(s).contains(PLACE));
            assertThat(firstPage).hasSize(25).isSortedAccordingTo(Comparator.reverseOrder());
            assertThat(pages.texts("#queue\\:claims_data > tr .status")).containsOnly("In review");
            List<String> firstKeys = rowKeys(pages);
            pages.screenshot(screenshots.resolve("queue-100k.png"));

            long pageStart = System.nanoTime();
            pages.nextQueuePage(26);
            double pageSeconds = seconds(pageStart);
            List<String> secondStatements = pages.texts("#queue\\:claims_data > tr .statement-link");
            List<Integer> secondPage = worthiness(pages);
            assertThat(secondPage).hasSize(25).isSortedAccordingTo(Comparator.reverseOrder());
            assertThat(secondPage.get(0)).isLessThanOrEqualTo(firstPage.get(24));
            assertThat(secondStatements).allSatisfy(s -> assertThat(s).contains(PLACE));
            assertThat(rowKeys(pages)).hasSize(25).doesNotContainAnyElementsOf(firstKeys);
            // "next" came by the first page's keys, not an offset: the same rows as the numbered page
            assertThat(rowKeys(pages))
                    .isEqualTo(ids(Api.as("editor")
                            .get("claims?q=" + PLACE + "&status=" + STATUS + "&sort=-checkWorthiness&page=1")));
            assertThat(pages.queueTotal()).isEqualTo(restTotal);
            System.out.printf(
                    "QueueAtScaleIT: filter %.2f s, sort %.2f s, page %.2f s (%d rows of %s, %s)%n",
                    filterSeconds, sortSeconds, pageSeconds, restTotal, PLACE, STATUS);

            // CSV: the link the page offers, fetched with the browser's session.
            String href = pages.attribute("#exportCsv", "href");
            assertThat(href).contains("q=" + PLACE).contains("status=" + STATUS);
            long exportStart = System.nanoTime();
            HttpResponse<String> csv = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(Deployments.BASE.resolve(href))
                                    .header("Cookie", "JSESSIONID=" + pages.cookie("JSESSIONID"))
                                    .timeout(Duration.ofSeconds(60))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
            List<List<String>> rows = parseCsv(csv.body());
            System.out.printf("QueueAtScaleIT: export of %d rows in %.2f s%n", rows.size() - 1, seconds(exportStart));
            assertThat(String.join(",", rows.get(0))).isEqualTo(CSV_HEADER);
            List<List<String>> data = rows.subList(1, rows.size());
            assertThat(data).hasSize((int) restTotal);
            assertThat(data).allSatisfy(row -> {
                assertThat(row.get(1)).contains(PLACE);
                assertThat(row.get(2)).isEqualTo(STATUS);
            });
            assertThat(data.stream().map(row -> row.get(1)).toList())
                    .containsAll(firstStatements)
                    .containsAll(secondStatements);
        }
    }

    /**
     * Deep pages: one near the end is read from the end in the reverse order, one past the middle is reached by
     * its neighbour's keys; each must hold exactly the rows the other way of reaching it gives.
     */
    private static void deepPagesHoldTheRowsTheirNeighboursLeadTo() {
        Api editor = Api.as("editor");
        long total = editor.get("claims?size=1").json().path("total").asLong();
        long lastPage = (total - 1) / 25;
        Api.Reply last = editor.get("claims?page=" + lastPage);
        assertThat(last.json().path("items")).hasSize((int) (total - lastPage * 25));
        assertThat(last.json().path("next").isMissingNode())
                .as("nothing after the last page")
                .isTrue();
        Api.Reply byKeys = editor.get("claims?page=" + (lastPage - 1) + "&before="
                + last.json().path("previous").asText());
        assertThat(ids(byKeys))
                .as("the page before the last, by the last page's keys")
                .hasSize(25)
                .isEqualTo(ids(editor.get("claims?page=" + (lastPage - 1))));

        long middle = lastPage / 2;
        Api.Reply beforeMiddle = editor.get("claims?page=" + (middle - 1));
        Api.Reply next = editor.get("claims?page=" + middle + "&after="
                + beforeMiddle.json().path("next").asText());
        assertThat(ids(next))
                .as("the middle page, by its neighbour's keys")
                .hasSize(25)
                .isEqualTo(ids(editor.get("claims?page=" + middle)));
    }

    /**
     * The public DataFeed (100 a page) past the 10,000th fact-check, where OpenSearch pages no further by number,
     * comes from the database: it must carry on from the last page the index gave, newest first, nothing twice.
     */
    private static void thePublicFeedGoesOnInOrderPastTheSearchWindow() {
        Api reader = Api.anonymous();
        List<JsonNode> lastFromIndex = feedPage(reader, 99);
        List<JsonNode> firstFromDatabase = feedPage(reader, 100);
        assertThat(lastFromIndex).as("a full page before the window's end").hasSize(100);
        assertThat(firstFromDatabase)
                .as("a full page past it (40 % of 100,000 claims are published)")
                .hasSize(100);
        List<JsonNode> both = new ArrayList<>(lastFromIndex);
        both.addAll(firstFromDatabase);
        List<OffsetDateTime> published = both.stream()
                .map(review -> OffsetDateTime.parse(review.path("datePublished").asText()))
                .toList();
        for (int i = 1; i < published.size(); i++) {
            assertThat(published.get(i))
                    .as("fact-check %d of the two pages, newest first", i)
                    .isBeforeOrEqualTo(published.get(i - 1));
        }
        assertThat(both.stream().map(review -> review.path("url").asText()).distinct())
                .as("no fact-check on both pages")
                .hasSize(200);
    }

    private static List<JsonNode> feedPage(Api reader, int page) {
        Api.Reply answer = reader.get("fact-checks?page=" + page);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        List<JsonNode> reviews = new ArrayList<>();
        answer.json().path("dataFeedElement").forEach(reviews::add);
        return reviews;
    }

    private static List<String> ids(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        reply.json().path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    /** The row keys of the rows shown (the table's data-rk), to tell the pages apart by identity. */
    private static List<String> rowKeys(EditorPages pages) {
        return pages.attributes("#queue\\:claims_data > tr", "data-rk");
    }

    /** The check-worthiness column of the rows shown, as whole percents ("87%" → 87). */
    private static List<Integer> worthiness(EditorPages pages) {
        return pages.texts("#queue\\:claims_data > tr > td.col-number").stream()
                .map(cell -> Integer.parseInt(cell.replaceAll("[^0-9]", "")))
                .toList();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** RFC 4180: fields separated by commas, quoted when they hold commas, quotes or line breaks. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r') {
                continue;
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
