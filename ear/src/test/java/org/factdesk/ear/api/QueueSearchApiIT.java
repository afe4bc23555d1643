package org.factdesk.ear.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.ear.Api.q;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
        assertThat(statements(editor.get("claims?q=" + enc(town + " poisoning reservoir")))).hasSize(1);
        // words, not substrings: the middle of the town's name is not a word
        String inside = town.substring(2, town.length() - 2).toLowerCase();
        assertThat(editor.get("claims?q=" + inside).json().path("total").asLong()).isZero();
        // every word must match
        assertThat(editor.get("claims?q=" + enc(town + " flooded")).json().path("total").asLong()).isZero();
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
                    .as("the editor's queue right after the reporter's save").contains(statement)
                    .hasSize(round + 1);
            assertThat(Api.as("checker").get("claims?q=" + town.toLowerCase()).json().path("total").asLong())
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
        assertThat(statements(editor.get("claims?q=" + enc("\"" + name + " bridge\"")))).containsExactly(bridgeClosed);
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
        for (String typed : List.of("\"unbalanced quote", "*", "status:NEW", "a AND OR NOT", "((", "-", "|", "\\",
                "displaced~2", "名前", "🙂")) {
            Reply reply = editor.get("claims?q=" + enc(typed));
            assertThat(reply.status()).as(typed + " → " + reply).isEqualTo(200);
            assertThat(reply.json().path("items").isArray()).isTrue();
        }
        // a NUL is no text anyone means (and PostgreSQL cannot compare it): a 400 naming the parameter
        for (String query : List.of("claims?assignee=%00", "claims/export.csv?assignee=%00&status=NEW",
                "claims?q=a%00b")) {
            Reply nul = editor.get(query);
            assertThat(nul.status()).as(query + " → " + nul).isEqualTo(400);
            assertThat(nul.contentType()).startsWith("application/problem+json");
        }
        assertThat(editor.get("claims?assignee=%00").json().at("/errors/0/field").asText()).isEqualTo("assignee");

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

    @Test
    void theSearchIndexReportsItsStateToAdminsOnly() {
        assertThat(Api.as("admin").get("admin/search-index").json().path("phase").asText()).isEqualTo("READY");
        assertThat(Api.as("checker").get("admin/search-index").status()).isEqualTo(403);
    }

    private static void create(Api api, String statement) {
        Reply reply = api.post("claims", "{\"statement\":" + q(statement) + ",\"desk\":\"europe\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }

    private static List<String> statements(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<String> values = new ArrayList<>();
        reply.json().path("items").forEach(node -> values.add(node.path("statement").asText()));
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
