package org.factdesk.ear.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.factdesk.ear.Api;
import org.factdesk.ear.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The intake API against the real EAR: analysis of the Dawn report, scoring, similar claims and duplicates, and
 * feeds served from a local file. Nothing here counts rows: other tests share the database.
 */
@ExtendWith(ArquillianExtension.class)
class IntakeApiIT {

    private static final String NFL_REWORDED = "Rebels killed Russian officers and Syrian soldiers in southern Idlib, "
            + "a spokesman for the National Front for Liberation said.";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void analyzeFindsTheNflClaimWithItsSpeakerAndBothHedges() throws IOException {
        String text = resource("dawn-2020-10-28-idlib.txt");
        Api.Reply reply = Api.as("reporter")
                .post(
                        "intake/analyze",
                        "{\"text\":" + Api.q(text) + ",\"source\":{"
                                + "\"publisher\":\"Dawn\",\"headline\":\"Rebels pound posts\",\"url\":\"https://www.dawn.com/news/1587373\","
                                + "\"publishedAt\":\"2020-10-28\",\"dateline\":\"BEIRUT\"}}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(body.path("source").path("publisher").asText()).isEqualTo("Dawn");
        JsonNode nfl = null;
        for (JsonNode s : body.path("sentences")) {
            int start = s.path("offsets").path("start").asInt();
            int end = s.path("offsets").path("end").asInt();
            assertThat(text.substring(start, end)).isEqualTo(s.path("text").asText());
            assertThat(s.path("checkWorthiness").asDouble()).isBetween(0.0, 1.0);
            if (s.path("text").asText().startsWith("A spokesman for the NFL")) {
                nfl = s;
            }
        }
        assertThat(nfl).as("the NFL sentence").isNotNull();
        JsonNode attribution = nfl.path("attribution");
        assertThat(attribution.path("speaker").asText()).isEqualTo("Naji al-Mustafa");
        assertThat(attribution.path("role").asText()).isEqualTo("spokesman");
        assertThat(attribution.path("organisation").asText()).isEqualTo("National Front for Liberation");
        assertThat(attribution.path("verb").asText()).isEqualTo("said");
        assertThat(nfl.path("assertion").asText()).contains("killed Russian officers");
        List<String> hedges = new ArrayList<>();
        for (JsonNode h : nfl.path("hedges")) {
            int start = h.path("offsets").path("start").asInt();
            int end = h.path("offsets").path("end").asInt();
            assertThat(text.substring(start, end)).isEqualTo(h.path("text").asText());
            hedges.add(h.path("text").asText());
        }
        assertThat(hedges).anySatisfy(h -> assertThat(h).contains("could not be independently verified"));
        assertThat(hedges).anySatisfy(h -> assertThat(h).contains("no immediate comment from Russia or Syria"));
    }

    @Test
    void scoreKeepsOrderAndLength() {
        Api.Reply reply = Api.as("checker")
                .post(
                        "intake/score",
                        "{\"sentences\":["
                                + Api.q("Some 1 million people were displaced by the last offensive.") + ","
                                + Api.q("Good evening and thank you all for coming.") + "," + Api.q("") + "]}");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode scores = reply.json().path("scores");
        assertThat(scores.size()).isEqualTo(3);
        assertThat(scores.get(0).asDouble()).isGreaterThan(scores.get(1).asDouble());
        // the reply says where "check-worthy" begins, so a client need not hard-code the model's threshold
        double threshold = reply.json().path("threshold").asDouble();
        assertThat(threshold).isStrictlyBetween(0.0, 1.0);
        assertThat(scores.get(0).asDouble()).isGreaterThanOrEqualTo(threshold);
        assertThat(scores.get(1).asDouble()).isLessThan(threshold);
    }

    @Test
    void badInputIsAProblem() {
        Api editor = Api.as("editor");
        assertProblem(editor.post("intake/analyze", "{\"text\":\"   \"}"), 422, "text");
        assertProblem(editor.post("intake/analyze", "{}"), 422, "text");
        assertProblem(editor.post("intake/score", "{\"sentences\":[]}"), 422, "sentence");
        assertProblem(editor.post("intake/analyze", "{\"text\":" + Api.q("word ".repeat(40_001)) + "}"), 413, "200000");
        // the models read English only: another language is told so, not analysed into nonsense
        String french = "Des tirs rebelles ont tué des officiers russes dans le sud de la province d'Idleb, a déclaré"
                + " mardi un porte-parole du Front national de libération. Cette information n'a pas pu être"
                + " vérifiée de manière indépendante, et ni la Russie ni la Syrie n'ont réagi dans l'immédiat.";
        assertProblem(editor.post("intake/analyze", "{\"text\":" + Api.q(french) + "}"), 422, "English");
    }

    @Test
    void anonymousCallersAreTurnedAway() {
        assertThat(Api.anonymous()
                        .post("intake/analyze", "{\"text\":\"Hello.\"}")
                        .status())
                .isEqualTo(401);
        assertThat(Api.anonymous()
                        .post("intake/score", "{\"sentences\":[\"Hello.\"]}")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void aRewordedClaimSuggestsTheSeededNflClaim() {
        JsonNode similar = Api.as("reporter")
                .post("intake/similar", "{\"text\":" + Api.q(NFL_REWORDED) + "}")
                .json();
        double suggest = similar.path("suggestThreshold").asDouble();

        assertThat(similar.path("claims")).anySatisfy(c -> {
            assertThat(c.path("statement").asText()).contains("killed Russian officers in southern Idlib");
            assertThat(c.path("score").asDouble()).isGreaterThanOrEqualTo(suggest);
        });
        JsonNode unrelated = Api.as("reporter")
                .post(
                        "intake/similar",
                        "{\"text\":\"The city council approved a new budget for public libraries on Tuesday.\"}")
                .json();
        assertThat(unrelated.path("claims").size()).isZero();
    }

    @Test
    void aClaimInOtherWordsIsFoundByMeaning() {
        Api editor = Api.as("editor");
        Api.Reply created = editor.post(
                "claims",
                "{\"statement\":" + Api.q("Rebels killed Russian officers in Idlib") + ",\"desk\":\"middle-east\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        // hardly a word in common: found by the sentence embeddings, and said to be
        JsonNode similar = Api.as("reporter")
                .post(
                        "intake/similar",
                        "{\"text\":" + Api.q("Russian troops died in a rebel attack in northwest Syria") + "}")
                .json();
        assertThat(similar.path("byMeaning").asBoolean()).as(similar.toString()).isTrue();
        double suggest = similar.path("suggestThreshold").asDouble();
        assertThat(similar.path("claims")).anySatisfy(c -> {
            assertThat(c.path("statement").asText()).isEqualTo("Rebels killed Russian officers in Idlib");
            assertThat(c.path("score").asDouble()).isGreaterThanOrEqualTo(suggest);
            assertThat(c.path("level").asText()).isEqualTo("SUGGEST");
        });
        // a claim about something else that shares the place and the parties is not offered
        JsonNode other = Api.as("reporter")
                .post("intake/similar", "{\"text\":" + Api.q("Russia delivered wheat to the port of Latakia") + "}")
                .json();
        assertThat(other.path("claims").toString()).doesNotContain("Rebels killed Russian officers in Idlib");
    }

    @Test
    void aNearCopyIsLinkedAsADuplicateAtTheMatchLevel() {
        Api editor = Api.as("editor");
        Api.Reply copy = editor.post(
                "claims",
                "{\"statement\":"
                        + Api.q("Rebel fire killed several Russian officers "
                                + "in southern Idlib, and also Syrian soldiers working in the area.")
                        + ",\"desk\":\"middle-east\"}");
        assertThat(copy.status()).as(copy.toString()).isEqualTo(201);
        assertThat(copy.json().path("duplicateOf").path("statement").asText())
                .contains("killed Russian officers in southern Idlib");
        // the reply names the original as the next read of the claim does
        assertThat(copy.json())
                .isEqualTo(
                        editor.get("claims/" + copy.json().path("id").asLong()).json());

        // the same claim in other words is linked too: by meaning and words together it states what the seeded
        // claim states (MatchScore ≥ 0.95)
        Api.Reply reworded =
                editor.post("claims", "{\"statement\":" + Api.q(NFL_REWORDED) + ",\"desk\":\"middle-east\"}");
        assertThat(reworded.status()).isEqualTo(201);
        assertThat(reworded.json().path("duplicateOf").path("statement").asText())
                .contains("killed Russian officers in southern Idlib");
        // another claim about the same place and the same parties is not
        Api.Reply other = editor.post(
                "claims",
                "{\"statement\":" + Api.q("Turkish-backed rebels shelled government positions in Idlib")
                        + ",\"desk\":\"middle-east\"}");
        assertThat(other.status()).isEqualTo(201);
        assertThat(other.json().at("/duplicateOf/statement").asText()).doesNotContain("Russian officers");
    }

    @Test
    void aClaimIsLinkedOnlyToAnOriginalItMatchesItselfNotAlongAChainOfNearMatches() {
        String first = "A column of 3 lorries carrying flour arrived in Tigray on Tuesday.";
        String second = "A column of 7514 lorries carrying flour arrived in Mariupol on Tuesday.";
        String third = "Desk note 9: 7514 relief lorries arrived in Mariupol.";
        // each text matches the one before it (MatchScore 1.00, then 0.99), the third not the first (0.16)
        Api.Reply firstSaved = createClaim(first);
        long original = originalOf(firstSaved);
        // a person asking for similar claims sees every save (and so does the next save's duplicate check)
        assertListedAsMatch(second, first);
        Api.Reply secondSaved = createClaim(second);
        assertThat(secondSaved.json().path("duplicateOf").path("id").asLong())
                .as(secondSaved.toString())
                .isEqualTo(original);

        assertListedAsMatch(third, second);
        Api.Reply thirdSaved = createClaim(third);
        // it repeats the second claim, which repeats the first, but it does not say what the first says: not linked
        // to it (on a new database not linked at all; on an older one, to the same text an earlier run saved)
        assertThat(thirdSaved.json().path("duplicateOf").path("id").asLong())
                .as(thirdSaved.toString())
                .isNotEqualTo(original);
        assertThat(thirdSaved.json().at("/duplicateOf/statement").asText()).doesNotContain("Tigray");
    }

    private static Api.Reply createClaim(String statement) {
        Api.Reply created =
                Api.as("editor").post("claims", "{\"statement\":" + Api.q(statement) + ",\"desk\":\"middle-east\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created;
    }

    /** The claim's original: itself on a new database; on one an earlier run left, that run's copy's original. */
    private static long originalOf(Api.Reply created) {
        JsonNode earlier = created.json().path("duplicateOf").path("id");
        return earlier.isNumber() ? earlier.asLong() : created.json().path("id").asLong();
    }

    private static void assertListedAsMatch(String text, String statement) {
        JsonNode similar = Api.as("editor")
                .post("intake/similar", "{\"text\":" + Api.q(text) + "}")
                .json();
        assertThat(similar.path("claims")).as(similar.toString()).anySatisfy(c -> {
            assertThat(c.path("statement").asText()).isEqualTo(statement);
            assertThat(c.path("level").asText()).isEqualTo("MATCH");
        });
    }

    @Test
    void aClaimSavedMoreThanASecondBeforeIsFoundByTheNextSavesDuplicateCheck() throws InterruptedException {
        long original = originalOf(createClaim("A ferry carrying 6213 passengers ran aground near Mosul on Sunday"));
        // the check made while saving uses the index reader there is, which the engine renews once its refresh
        // interval is over: half a second on the embedded index (io.refresh_interval), OpenSearch's own index
        // setting there, 1 s by default (.ci/opensearch runs this suite too); nothing in between asks for a new
        // reader (no queue, no search)
        Thread.sleep(1_200);
        Api.Reply again = createClaim("A ferry carrying 6213 passengers ran aground near Mosul on Sunday night");
        assertThat(again.json().path("duplicateOf").path("id").asLong())
                .as(again.toString())
                .isEqualTo(original);
    }

    @Test
    void aFeedIsImportedOnceFromALocalFile(@TempDir Path dir) throws IOException {
        String run = UUID.randomUUID().toString();
        Path file = dir.resolve("wire-" + run + ".xml");
        Files.writeString(file, resource("wire-feed.xml").replace("RUN", run));
        Api editor = Api.as("editor");

        Api.Reply registered =
                editor.post("intake/feeds", "{\"url\":" + Api.q(file.toUri().toString()) + "}");
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        long id = registered.json().path("id").asLong();

        JsonNode first = editor.post("intake/feeds/" + id + "/import", "").json();
        assertThat(first.path("read").asInt()).isEqualTo(2);
        assertThat(first.path("imported").asInt()).isEqualTo(2);
        assertThat(first.path("title").asText()).isEqualTo("Test Wire " + run);

        JsonNode second = editor.post("intake/feeds/" + id + "/import", "").json();
        assertThat(second.path("read").asInt()).isEqualTo(2);
        assertThat(second.path("imported").asInt()).isZero();
    }

    @Test
    void reportersCannotRegisterFeedsAndOnlyAdminsRebuildTheIndex() {
        assertThat(Api.as("reporter")
                        .post("intake/feeds", "{\"url\":\"https://wire.example.org/rss\"}")
                        .status())
                .isEqualTo(403);
        assertThat(Api.as("editor").post("admin/search-index", "").status()).isEqualTo(403);
        assertThat(Api.as("editor").get("admin/search-index").status()).isEqualTo(403);
        Api.Reply started = Api.as("admin").post("admin/search-index", "");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(started.json().path("phase").asText()).isIn("REBUILDING", "READY");
        JsonNode done = Api.awaitSearchIndexReady();
        assertThat(done.path("phase").asText()).isEqualTo("READY");
        assertThat(done.path("done").asLong()).isPositive();
        assertThat(Api.as("editor")
                        .get("claims?q=displaced")
                        .json()
                        .path("total")
                        .asLong())
                .isPositive();
    }

    private static void assertProblem(Api.Reply reply, int status, String detailMentions) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().path("detail").asText()).containsIgnoringCase(detailMentions);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = IntakeApiIT.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
