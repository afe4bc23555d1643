package org.factdesk.ear.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.ear.Api.q;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factdesk.ear.Api;
import org.factdesk.ear.Api.Reply;
import org.factdesk.ear.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Queue text search as the search engine answers it: words rather than substrings, stems, phrases in quotes,
 * the best match first when asked, a claim findable the moment it is saved, and whatever a user types —
 * unbalanced quotes, operators, a pasted page of text, a page far past the end — answered without a 500.
 */
@ExtendWith(ArquillianExtension.class)
class QueueSearchApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aSavedClaimIsInTheNextSearchAndWordsMatchByTheirStem() {
        Api editor = Api.as("editor");
        // a made-up town per run, so the test holds on a database an earlier run filled
        String town = "Quokka" + letters() + "ville";
        String statement = town + " reservoirs were poisoned, the governor said.";
        create(editor, statement);
        // read-your-writes: no wait, no refresh between the save and the search
        assertThat(statements(editor.get("claims?q=" + town.toLowerCase()))).containsExactly(statement);
        // "poisoning" and "poisoned" share the stem; "reservoir" matches "reservoirs"
        assertThat(statements(editor.get("claims?q=" + enc(town + " poisoning reservoir"))))
                .hasSize(1);
        // words, not substrings: the middle of the town's name is not a word
        String inside = town.substring(2, town.length() - 2).toLowerCase();
        assertThat(editor.get("claims?q=" + inside).json().path("total").asLong())
                .isZero();
        // every word must match
        assertThat(editor.get("claims?q=" + enc(town + " flooded"))
                        .json()
                        .path("total")
                        .asLong())
                .isZero();
    }

    @Test
    void everySaveIsInEveryonesNextQueueAndCount() {
        // saves do not renew the index reader themselves (twenty editors saving at once would queue behind it);
        // the next queue or count asks for a new reader when a save has reached the index since
        String town = "Numbat" + letters() + "ville";
        for (int round = 0; round < 5; round++) {
            String statement = town + " round " + round + ": the bridge was shelled, the mayor said.";
            create(Api.as("reporter"), statement);
            assertThat(statements(Api.as("editor").get("claims?q=" + town.toLowerCase() + "&size=50")))
                    .as("the editor's queue right after the reporter's save")
                    .contains(statement)
                    .hasSize(round + 1);
            assertThat(Api.as("checker")
                            .get("claims?q=" + town.toLowerCase())
                            .json()
                            .path("total")
                            .asLong())
                    .isEqualTo(round + 1);
        }
    }

    @Test
    void quotedPhrasesMatchInOrderAndRelevancePutsTheBestMatchFirst() {
        Api editor = Api.as("editor");
        String name = "Zebu" + letters();
        String bridgeClosed = name + " bridge closed after the floods, officials said.";
        create(editor, bridgeClosed);
        create(editor, "Floods closed the " + name + " road; the bridge stayed open.");
        assertThat(statements(editor.get("claims?q=" + enc("\"" + name + " bridge\""))))
                .containsExactly(bridgeClosed);
        assertThat(statements(editor.get("claims?q=" + enc(name + " bridge")))).hasSize(2);
        assertThat(statements(editor.get("claims?q=" + enc(name + " -road")))).containsExactly(bridgeClosed);

        create(editor, "%1$s: %1$s council says %1$s %1$s budget doubled.".formatted(name));
        List<String> byRelevance = statements(editor.get("claims?q=" + name + "&sort=relevance"));
        assertThat(byRelevance).hasSize(3);
        assertThat(byRelevance.get(0)).startsWith(name + ": " + name + " council");
    }

    @Test
    void whateverAUserTypesGetsResultsOrAClearMessageNeverA500() {
        Api editor = Api.as("editor");
        for (String typed : List.of(
                "\"unbalanced quote",
                "*",
                "status:NEW",
                "a AND OR NOT",
                "((",
                "-",
                "|",
                "\\",
                "displaced~2",
                "名前",
                "🙂")) {
            Reply reply = editor.get("claims?q=" + enc(typed));
            assertThat(reply.status()).as(typed + " → " + reply).isEqualTo(200);
            assertThat(reply.json().path("items").isArray()).isTrue();
        }
        // a NUL is no text anyone means (and PostgreSQL cannot compare it): a 400 naming the parameter
        for (String query :
                List.of("claims?assignee=%00", "claims/export.csv?assignee=%00&status=NEW", "claims?q=a%00b")) {
            Reply nul = editor.get(query);
            assertThat(nul.status()).as(query + " → " + nul).isEqualTo(400);
            assertThat(nul.contentType()).startsWith("application/problem+json");
        }
        assertThat(editor.get("claims?assignee=%00")
                        .json()
                        .at("/errors/0/field")
                        .asText())
                .isEqualTo("assignee");

        Reply pasted = editor.get("claims?q=" + enc("word ".repeat(400)));
        assertThat(pasted.status()).as(pasted.toString()).isEqualTo(422);
        assertThat(pasted.contentType()).startsWith("application/problem+json");
        assertThat(pasted.json().at("/errors/0/field").asText()).isEqualTo("q");
        assertThat(pasted.json().path("detail").asText()).contains("500");
    }

    @Test
    void aPagePastTheEndIsEmptyWithTheRightTotal() {
        Api editor = Api.as("editor");
        long total = editor.get("claims?size=1").json().path("total").asLong();
        assertThat(total).isPositive();
        // the first page past the end (other test classes may have generated many claims), and one far past it
        String firstPastTheEnd = Long.toString(total / 25 + 1);
        for (String page : List.of(firstPastTheEnd, "10000000")) {
            JsonNode past = editor.get("claims?page=" + page).json();
            assertThat(past.path("items")).isEmpty();
            assertThat(past.path("total").asLong()).isEqualTo(total);
        }
    }

    /**
     * "Next" and "previous" open pages by the keys of the page's last (first) row, which costs the same at any
     * depth; walked that way, every order must give exactly the rows the numbered pages give: ties broken the
     * same way, missing due dates, assignees and scores where the order puts them, accents and capitals of the
     * statement sorted as the column sorts them.
     */
    @Test
    void pageLinksWalkEveryOrderThroughExactlyTheRowsOfTheNumberedPages() {
        Api editor = Api.as("editor");
        String word = "Wombat" + letters();
        Instant due = Instant.parse("2031-03-01T09:00:00Z");
        String[] starts = {
            "Écluse",
            "ecluse",
            "Dam",
            "dam",
            "Bridge",
            "Culvert",
            "Zinc",
            "zinc",
            "Ærodrome",
            "Abbey",
            "abbey",
            "Canal",
            "Mill",
            "mill",
            // the same first seven bytes, then apart, and across a page's edge both ways (the 4th and 5th A–Z):
            // "next" and "previous" compare the texts within one prefix key
            "Bridgeheads",
            "bridgehead"
        };
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < starts.length; i++) {
            String json = "{\"statement\":" + q(starts[i] + " at " + word + " was hit, the council said.")
                    + ",\"desk\":" + q(i % 3 == 0 ? "middle-east" : "europe")
                    + ",\"priority\":"
                    + q(List.of("LOW", "NORMAL", "HIGH", "URGENT").get(i % 4 == 3 ? 1 : i % 4))
                    + (i % 5 == 0
                            ? ""
                            : ",\"dueAt\":" + q(due.plusSeconds(3600L * (i % 3)).toString()))
                    + (i % 4 == 0 ? "" : ",\"checkWorthiness\":" + (i % 2 == 0 ? "0.5" : "0.25")) + "}";
            Reply created = editor.post("claims", json);
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            ids.add(created.json().path("id").asLong());
        }
        // some held by a fact-checker, the rest by nobody
        String triage = "{\"ids\":" + ids.subList(0, 6) + ",\"action\":\"TRIAGE\"}";
        assertThat(editor.post("claims/bulk", triage).json().path("done").asLong())
                .isEqualTo(6);
        String assign = "{\"ids\":" + ids.subList(0, 6) + ",\"action\":\"ASSIGN\",\"assignee\":\"checker\"}";
        assertThat(editor.post("claims/bulk", assign).json().path("done").asLong())
                .isEqualTo(6);

        for (String sort : List.of(
                "",
                "due",
                "-due",
                "statement",
                "-statement",
                "checkWorthiness",
                "-checkWorthiness",
                "assignee",
                "-assignee",
                "desk,-priority",
                "status,due",
                "created",
                "-modified",
                "priority,statement")) {
            String query = "claims?q=" + word + "&size=4" + (sort.isEmpty() ? "" : "&sort=" + sort);
            JsonNode all = editor.get(query.replace("size=4", "size=50")).json();
            List<Long> numbered = new ArrayList<>();
            all.path("items").forEach(item -> numbered.add(item.path("id").asLong()));
            assertThat(numbered).as(sort).hasSize(starts.length);

            List<Long> forward = new ArrayList<>();
            JsonNode page = editor.get(query).json();
            List<JsonNode> pages = new ArrayList<>();
            for (int n = 1; ; n++) {
                pages.add(page);
                page.path("items").forEach(item -> forward.add(item.path("id").asLong()));
                if (absent(page.path("next"))) {
                    break;
                }
                assertThat(page.path("total").asLong()).isEqualTo(starts.length);
                page = ok(editor.get(
                        query + "&page=" + n + "&after=" + page.path("next").asText()));
            }
            assertThat(forward).as("sort '" + sort + "', page after page").isEqualTo(numbered);
            assertThat(pages).hasSize(4);
            // each page picked by number holds the rows the links lead to: the test server cuts the queue into
            // parts from the second page on (as past the 5,000th row in production), by each key down to the id
            for (int n = 0; n < pages.size(); n++) {
                JsonNode byNumber = ok(editor.get(query + "&page=" + n));
                assertThat(ids(byNumber))
                        .as("sort '%s', page %d by number", sort, n)
                        .isEqualTo(ids(pages.get(n)));
                assertThat(byNumber.path("total").asLong()).isEqualTo(starts.length);
            }

            List<Long> backward = new ArrayList<>();
            page = pages.get(pages.size() - 1);
            for (int n = pages.size() - 2; ; n--) {
                List<Long> these = new ArrayList<>();
                page.path("items").forEach(item -> these.add(item.path("id").asLong()));
                backward.addAll(0, these);
                if (n < 0) {
                    break;
                }
                page = ok(editor.get(query + "&page=" + n + "&before="
                        + page.path("previous").asText()));
            }
            assertThat(backward)
                    .as("sort '" + sort + "', back from the last page")
                    .isEqualTo(numbered);
        }
    }

    @Test
    void aPageLinkThatIsAlteredOrMeantForAnotherOrderIsRefused() {
        Api editor = Api.as("editor");
        String word = "Bilby" + letters();
        for (int i = 0; i < 3; i++) {
            create(editor, word + " depot " + i + " was shelled, officials said.");
        }
        String next = ok(editor.get("claims?q=" + word + "&size=1&sort=due"))
                .path("next")
                .asText();
        assertThat(next).isNotBlank();
        assertThat(ok(editor.get("claims?q=" + word + "&size=1&sort=due&page=1&after=" + next))
                        .path("items"))
                .hasSize(1);
        String base = "claims?q=" + word + "&size=1&page=1";
        Map<String, Integer> refusals = Map.of(
                base + "&sort=-due&after=" + next, 422, // a link of another order
                base + "&sort=due&after=" + next.substring(0, next.length() / 2), 422, // cut short
                base + "&sort=due&after=" + next.substring(0, 6) + (next.charAt(6) == 'A' ? "B" : "A")
                                + next.substring(7),
                        422, // altered
                base + "&sort=due&after=%25%25%25", 400, // not a link at all
                base + "&sort=due&after=" + next + "&before=" + next, 400, // both ways at once
                base + "&sort=relevance&after=" + next, 422); // relevance pages by number
        refusals.forEach((bad, status) -> {
            Reply refused = editor.get(bad);
            assertThat(refused.status()).as(bad).isEqualTo(status);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().at("/errors/0/field").asText()).as(bad).isIn("after", "before");
        });
        // a relevance order pages by number only: no links to follow
        JsonNode byRelevance = ok(editor.get("claims?q=" + word + "&size=1&sort=relevance"));
        assertThat(absent(byRelevance.path("next"))).isTrue();
    }

    @Test
    void theSearchIndexReportsItsStateToAdminsOnly() {
        assertThat(Api.as("admin")
                        .get("admin/search-index")
                        .json()
                        .path("phase")
                        .asText())
                .isEqualTo("READY");
        assertThat(Api.as("checker").get("admin/search-index").status()).isEqualTo(403);
    }

    private static void create(Api api, String statement) {
        Reply reply = api.post("claims", "{\"statement\":" + q(statement) + ",\"desk\":\"europe\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }

    /** A field the API leaves out when it has no value. */
    static boolean absent(JsonNode node) {
        return node.isMissingNode() || node.isNull();
    }

    private static JsonNode ok(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asLong()));
        return ids;
    }

    private static List<String> statements(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<String> values = new ArrayList<>();
        reply.json()
                .path("items")
                .forEach(node -> values.add(node.path("statement").asText()));
        return values;
    }

    /** Eight random lower-case letters: a word no other claim holds. */
    private static String letters() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
