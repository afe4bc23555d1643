package org.factdesk.ear.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.ear.Api;
import org.factdesk.ear.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The load generator writes the search documents of the claims it generates from what it drew for their rows,
 * instead of reading them back: those documents must be the ones a rebuild from the database makes. Every queue,
 * filter and sort that reads a field of the document gives the same rows and totals before and after a rebuild.
 */
@ExtendWith(ArquillianExtension.class)
class GeneratedIndexIT {

    private static final int CLAIMS = 3_000;

    /** One query per indexed field a queue filters or sorts by, each as deep as a page goes. */
    private static final List<String> QUEUES = List.of(
            "claims?size=500",
            "claims?status=IN_REVIEW&sort=due&size=500",
            "claims?status=PUBLISHED&sort=-modified&size=500",
            "claims?status=DISMISSED&sort=-created&size=500",
            "claims?overdue=true&sort=priority,due&size=500",
            "claims?attributed=true&status=NEW&sort=statement&size=500",
            "claims?attributed=false&sort=-statement&size=500",
            "claims?unassigned=true&sort=-checkWorthiness&size=500",
            "claims?assignee=checker&sort=desk,-priority&size=500",
            "claims?status=AWAITING_APPROVAL&status=APPROVED&sort=assignee,-due&size=500",
            "claims?desk=middle-east&sort=status,created&size=500",
            "claims?q=displaced&sort=created&size=500",
            "claims?q=" + URLEncoder.encode("\"air strike\"", StandardCharsets.UTF_8) + "&sort=relevance&size=500");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void generatedClaimsAreIndexedAsARebuildFromTheDatabaseIndexesThem() {
        Api admin = Api.as("admin");
        assertThat(Api.awaitSearchIndexReady().path("phase").asText()).isEqualTo("READY");
        Api.Reply generated =
                admin.post("admin/load/claims?count=" + CLAIMS + "&seed=20261205", "", Duration.ofMinutes(5));
        assertThat(generated.status()).as(generated.toString()).isEqualTo(200);
        assertThat(generated.json().path("indexed").asBoolean())
                .as(generated.toString())
                .isTrue();
        assertThat(generated.json().path("indexedBy").asText())
                .as("an index that was ready gets the new claims' documents from the generator")
                .isEqualTo("generator");

        Map<String, Answer> fromGenerator = answers();
        assertThat(fromGenerator.get(QUEUES.get(0)).total()).isGreaterThanOrEqualTo(CLAIMS);

        Api.Reply rebuild = admin.post("admin/search-index", "");
        assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(202);
        JsonNode done =
                admin.get("admin/search-index?wait=300", Duration.ofMinutes(6)).json();
        assertThat(done.path("phase").asText()).as(done.toString()).isEqualTo("READY");

        Map<String, Answer> fromDatabase = answers();
        for (String queue : QUEUES) {
            assertThat(fromGenerator.get(queue))
                    .as("%s: the generator's documents against a rebuild's", queue)
                    .isEqualTo(fromDatabase.get(queue));
        }
    }

    /** A queue's total and the ids of its first page, in order. */
    private record Answer(long total, List<Long> ids) {}

    private static Map<String, Answer> answers() {
        Api editor = Api.as("editor");
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (String queue : QUEUES) {
            Api.Reply reply = editor.get(queue);
            assertThat(reply.status()).as(queue + ": " + reply).isEqualTo(200);
            List<Long> ids = new ArrayList<>();
            reply.json().path("items").forEach(item -> ids.add(item.path("id").asLong()));
            assertThat(ids).as(queue).isNotEmpty();
            answers.put(queue, new Answer(reply.json().path("total").asLong(), ids));
        }
        return answers;
    }
}
