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
        create(editor, "Quokkaville reservoirs were poisoned, the governor said.");
        // read-your-writes: no wait, no refresh between the save and the search
        assertThat(statements(editor.get("claims?q=quokkaville"))).containsExactly(
                "Quokkaville reservoirs were poisoned, the governor said.");
        // "poisoning" and "poisoned" share the stem; "reservoir" matches "reservoirs"
        assertThat(statements(editor.get("claims?q=" + enc("quokkaville poisoning reservoir")))).hasSize(1);
        // words, not substrings: "kkavil" is inside the word but is not a word
        assertThat(editor.get("claims?q=kkavil").json().path("total").asLong()).isZero();
        // every word must match
        assertThat(editor.get("claims?q=" + enc("quokkaville flooded")).json().path("total").asLong()).isZero();
    }

    @Test
    void quotedPhrasesMatchInOrderAndRelevancePutsTheBestMatchFirst() {
        Api editor = Api.as("editor");
        create(editor, "Zebulon bridge closed after the floods, officials said.");
        create(editor, "Floods closed the Zebulon road; the bridge stayed open.");
        assertThat(statements(editor.get("claims?q=" + enc("\"zebulon bridge\""))))
                .containsExactly("Zebulon bridge closed after the floods, officials said.");
        assertThat(statements(editor.get("claims?q=" + enc("zebulon bridge")))).hasSize(2);
        assertThat(statements(editor.get("claims?q=" + enc("zebulon -road")))).containsExactly(
                "Zebulon bridge closed after the floods, officials said.");

        create(editor, "Zebulon: Zebulon council says Zebulon zebulon budget doubled.");
        List<String> byRelevance = statements(editor.get("claims?q=zebulon&sort=relevance"));
        assertThat(byRelevance).hasSize(3);
        assertThat(byRelevance.get(0)).startsWith("Zebulon: Zebulon council");
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

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
