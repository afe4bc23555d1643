package org.factdesk.ear.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.ear.Api.q;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;
import org.factdesk.ear.Api;
import org.factdesk.ear.Api.Reply;
import org.factdesk.ear.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST API on the real EAR: authentication, queues paged in the database, the NFL claim as the newsroom
 * sees it, the whole workflow with its role and four-eyes rules, problem responses, and two people acting
 * on one claim at once. Tests create their own claims; the shared demo data is only read.
 */
@ExtendWith(ArquillianExtension.class)
class ClaimApiIT {

    private static final String NFL = "Rebel fire killed Russian officers in southern Idlib";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void withoutCredentialsTheApiAnswers401AsAProblemNeverARedirect() {
        Reply anonymous = Api.anonymous().get("claims");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(anonymous.json().path("status").asInt()).isEqualTo(401);

        Reply wrongPassword = Api.as("editor", "not-the-password").get("claims");
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.body()).doesNotContain("<html");
    }

    @Test
    void theNflClaimKeepsWhoSaidItApartFromWhetherItHappened() {
        JsonNode found = Api.as("checker")
                .get("claims?q=russian%20officers&attributed=true")
                .json();
        JsonNode summary = StreamSupport.stream(found.path("items").spliterator(), false)
                .filter(item -> item.path("statement").asText().startsWith(NFL))
                .findFirst()
                .orElseThrow();
        assertThat(summary.path("claimant").asText()).isEqualTo("Naji al-Mustafa");

        Reply reply = Api.as("checker").get("claims/" + summary.path("id").asLong());
        JsonNode claim = reply.json();
        assertThat(reply.etag()).isEqualTo("\"" + claim.path("version").asLong() + "\"");
        assertThat(claim.at("/attribution/claimant/name").asText()).isEqualTo("Naji al-Mustafa");
        assertThat(claim.at("/attribution/claimant/role").asText()).isEqualTo("spokesman");
        assertThat(claim.at("/attribution/claimant/affiliation").asText()).isEqualTo("National Front for Liberation");
        assertThat(claim.at("/attribution/verb").asText()).isEqualTo("said");
        assertThat(claim.at("/attribution/check").asText()).isEqualTo("UNCONFIRMED");
        assertThat(claim.at("/assertion/statement").asText()).startsWith(NFL);
        assertThat(claim.at("/assertion/verification").asText()).isEqualTo("UNVERIFIED");
        assertThat(claim.at("/appearances/0/source/publisher").asText()).isEqualTo("Dawn");
        assertThat(texts(claim.at("/appearances/0/hedges"), "kind")).containsExactly("UNVERIFIED", "NO_COMMENT");
        assertThat(texts(claim.at("/appearances/0/hedges"), "text"))
                .anyMatch(t -> t.contains("could not be independently verified"))
                .anyMatch(t -> t.contains("no immediate comment from Russia or Syria"));
    }

    @Test
    void queuesFilterSortAndPageInTheDatabase() {
        Api editor = Api.as("editor");
        for (int i = 0; i < 3; i++) {
            create(editor, "Queue probe " + i + ": 12 villages were shelled.", "europe");
        }
        JsonNode first = editor.get("claims?q=queue%20probe&desk=europe&status=NEW&sort=statement&size=2")
                .json();
        assertThat(first.path("total").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(first.path("items")).hasSize(2);
        assertThat(texts(first.path("items"), "statement")).isSorted();
        assertThat(texts(first.path("items"), "status")).containsOnly("NEW");

        JsonNode second = editor.get("claims?q=queue%20probe&desk=europe&status=NEW&sort=statement&size=2&page=1")
                .json();
        assertThat(texts(second.path("items"), "statement"))
                .doesNotContainAnyElementsOf(texts(first.path("items"), "statement"));

        JsonNode descending =
                editor.get("claims?q=queue%20probe&sort=-statement&size=3").json();
        assertThat(texts(descending.path("items"), "statement")).isSortedAccordingTo((a, b) -> b.compareTo(a));

        Reply badStatus = editor.get("claims?status=MAYBE");
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.contentType()).startsWith("application/problem+json");
        assertThat(badStatus.json().at("/errors/0/field").asText()).isEqualTo("status");
        assertThat(editor.get("claims?size=100000").status()).isEqualTo(422);
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsCreated() {
        Api reporter = Api.as("reporter");
        long before =
                reporter.get("claims?q=never%20stored").json().path("total").asLong();

        Reply blank = reporter.post(
                "claims",
                "{\"statement\":\" \",\"desk\":\"europe\"," + "\"attribution\":{\"name\":\"\",\"verb\":\"said\"}}");
        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.contentType()).startsWith("application/problem+json");
        assertThat(texts(blank.json().path("errors"), "field")).contains("statement", "attribution.name");

        Reply unknownDesk = reporter.post("claims", "{\"statement\":\"never stored\",\"desk\":\"sports\"}");
        assertThat(unknownDesk.status()).isEqualTo(422);
        assertThat(unknownDesk.json().at("/errors/0/field").asText()).isEqualTo("desk");

        Reply unreadable = reporter.post("claims", "{\"statement\": ");
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.body()).doesNotContain("at org.");

        // a NUL inside JSON text (\u0000) is well-formed JSON but no text: PostgreSQL cannot store it
        Reply nul = reporter.post(
                "claims",
                "{\"statement\":\"never stored \\u0000 here\",\"desk\":\"europe\"," + "\"tags\":[\"a\\u0000\"]}");
        assertThat(nul.status()).as(nul.toString()).isEqualTo(422);
        assertThat(nul.contentType()).startsWith("application/problem+json");
        assertThat(texts(nul.json().path("errors"), "field")).contains("statement");

        // offsets that do not pick out the excerpt in the source's text, as the new-source page would refuse them
        Reply offsets = reporter.post(
                "claims",
                "{\"statement\":\"never stored offsets\",\"desk\":\"europe\","
                        + "\"appearance\":{\"source\":{\"publisher\":\"Probe Post\",\"body\":\"Rain fell. Rivers rose.\"},"
                        + "\"excerpt\":\"Rivers rose.\",\"start\":0,\"end\":10}}");
        assertThat(offsets.status()).as(offsets.toString()).isEqualTo(422);
        assertThat(offsets.json().at("/errors/0/field").asText()).isEqualTo("appearance.excerpt");
        Reply placed = reporter.post(
                "claims",
                "{\"statement\":\"Rivers rose, offsets say where\",\"desk\":\"europe\","
                        + "\"appearance\":{\"source\":{\"publisher\":\"Probe Post\",\"body\":\"Rain fell. Rivers rose.\"},"
                        + "\"excerpt\":\"Rivers rose.\",\"start\":11,\"end\":23}}");
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        assertThat(placed.json().at("/appearances/0/start").asInt()).isEqualTo(11);

        assertThat(reporter.get("claims?q=never%20stored").json().path("total").asLong())
                .isEqualTo(before);
        assertThat(reporter.get("claims/987654321").status()).isEqualTo(404);
    }

    @Test
    void aClaimGoesFromReportToCorrectionUnderTheRolesAndFourEyes() {
        Api reporter = Api.as("reporter");
        Api editor = Api.as("editor");
        Api editor2 = Api.as("editor2");

        Reply created = reporter.post(
                "claims",
                "{\"statement\":\"Workflow probe: 40 posts were hit.\","
                        + "\"desk\":\"middle-east\",\"priority\":\"HIGH\",\"tags\":[\"probe\",\"frontline\"],"
                        + "\"attribution\":{\"name\":\"Workflow Probe\",\"role\":\"spokesman\",\"affiliation\":\"Probe Front\","
                        + "\"verb\":\"claimed\"},\"appearance\":{\"source\":{\"publisher\":\"Probe Times\"},"
                        + "\"excerpt\":\"A spokesman claimed 40 posts were hit.\",\"hedges\":[{\"kind\":\"UNVERIFIED\","
                        + "\"text\":\"could not be independently verified\"}]}}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.location()).contains("/api/claims/");
        JsonNode claim = created.json();
        long id = claim.path("id").asLong();
        assertThat(claim.path("status").asText()).isEqualTo("NEW");
        assertThat(claim.at("/attribution/check").asText()).isEqualTo("UNCONFIRMED");
        // the reply is built without reading the claim again: it must say all that the next read says, to the
        // microsecond, with the same version in its tag
        Reply readBack = reporter.get("claims/" + id);
        assertThat(created.etag()).isEqualTo(readBack.etag());
        assertThat(texts(claim.path("tags"), null)).containsExactlyInAnyOrder("probe", "frontline");
        assertThat(texts(readBack.json().path("tags"), null)).containsExactlyInAnyOrder("probe", "frontline");
        assertThat(withoutTags(claim)).isEqualTo(withoutTags(readBack.json()));
        assertThat(claim.path("createdAt").asText()).isNotEmpty();
        assertThat(claim.at("/appearances/0/hedges/0/text").asText()).isEqualTo("could not be independently verified");

        Reply reporterTriage = reporter.move(id, claim, "TRIAGE", null, null);
        assertThat(reporterTriage.status()).isEqualTo(403);
        assertThat(reporterTriage.json().path("code").asText()).isEqualTo("error.transitionRole");

        claim = ok(editor2.move(id, claim, "TRIAGE", null, null));
        Reply publishTooEarly = editor2.move(id, claim, "PUBLISH", null, null);
        assertThat(publishTooEarly.status()).isEqualTo(409);
        assertThat(publishTooEarly.json().path("type").asText()).endsWith("invalid-transition");

        claim = ok(editor2.move(id, claim, "ASSIGN", null, "editor"));
        assertThat(claim.at("/assignee/username").asText()).isEqualTo("editor");

        Reply evidence = editor.post(
                "claims/" + id + "/evidence",
                "{\"url\":\"https://example.org/un-report\","
                        + "\"description\":\"UN monitoring report\",\"kind\":\"DOCUMENT\",\"stance\":\"SUPPORTS\","
                        + "\"reliability\":\"B\",\"credibility\":2}");
        assertThat(evidence.status()).isEqualTo(201);
        assertThat(evidence.json().at("/grade/code").asText()).isEqualTo("B2");
        // internal unless the desk says otherwise
        assertThat(evidence.json().path("shownPublicly").isBoolean()).isTrue();
        assertThat(evidence.json().path("shownPublicly").asBoolean()).isFalse();
        assertThat(evidence.json().has("version")).isTrue();
        Reply badGrade = editor.post(
                "claims/" + id + "/evidence",
                "{\"description\":\"x\",\"kind\":\"DOCUMENT\","
                        + "\"stance\":\"SUPPORTS\",\"reliability\":\"B\",\"credibility\":9}");
        assertThat(badGrade.status()).isEqualTo(400);

        claim = editor.get("claims/" + id).json();
        Reply submitWithoutDraft = editor.move(id, claim, "SUBMIT", null, null);
        assertThat(submitWithoutDraft.status()).isEqualTo(422);
        assertThat(submitWithoutDraft.json().path("code").asText()).isEqualTo("error.verdictMissing");

        claim = ok(editor.put(
                "claims/" + id + "/verdict",
                "{\"rating\":\"MOSTLY_TRUE\",\"summary\":" + q("Monitors count about 40 posts.") + ",\"version\":"
                        + claim.path("version").asLong() + "}"));
        claim = ok(editor.move(id, claim, "SUBMIT", null, null));
        assertThat(claim.path("status").asText()).isEqualTo("AWAITING_APPROVAL");

        Reply selfApproval = editor.move(id, claim, "APPROVE", null, null);
        assertThat(selfApproval.status()).isEqualTo(403);
        assertThat(selfApproval.json().path("code").asText()).isEqualTo("error.fourEyes");
        assertThat(editor.get("claims/" + id).json().path("allowedTransitions").toString())
                .doesNotContain("APPROVE");

        claim = ok(editor2.move(id, claim, "APPROVE", null, null));
        assertThat(claim.at("/verdict/approvedBy").asText()).isEqualTo("editor2");
        claim = ok(editor2.move(id, claim, "PUBLISH", null, null));
        assertThat(claim.at("/assertion/verification").asText()).isEqualTo("MOSTLY_TRUE");

        Reply correctionWithoutNote = editor2.move(id, claim, "CORRECT", " ", null);
        assertThat(correctionWithoutNote.status()).isEqualTo(422);
        assertThat(correctionWithoutNote.json().at("/errors/0/field").asText()).isEqualTo("reason");
        claim = ok(editor2.move(id, claim, "CORRECT", "The count was 38, not 40.", null));
        assertThat(claim.path("status").asText()).isEqualTo("CORRECTED");
        assertThat(claim.at("/verdict/correctionNote").asText()).isEqualTo("The count was 38, not 40.");

        List<String> statusMoves = new ArrayList<>();
        for (JsonNode entry : claim.path("history")) {
            if ("STATUS".equals(entry.path("kind").asText())) {
                statusMoves.add(entry.path("subject").asText() + " by "
                        + entry.path("actor").asText());
            }
        }
        assertThat(statusMoves)
                .containsExactly(
                        "CORRECT by editor2",
                        "PUBLISH by editor2",
                        "APPROVE by editor2",
                        "SUBMIT by editor",
                        "ASSIGN by editor2",
                        "TRIAGE by editor2");
        // field changes come from the audit, each with who made it
        List<String> fieldChanges = new ArrayList<>();
        for (JsonNode entry : claim.path("history")) {
            if ("FIELD".equals(entry.path("kind").asText())) {
                fieldChanges.add(entry.path("subject").asText() + " by "
                        + entry.path("actor").asText());
            }
        }
        assertThat(fieldChanges).contains("assignee by editor2");
        assertThat(claim.path("history").toString()).contains("\"kind\":\"EVIDENCE\"");
    }

    @Test
    void aBulkAssignmentChecksEveryClaimAndSaysWhichWereRefused() {
        Api editor = Api.as("editor2");
        JsonNode triaged1 = create(Api.as("reporter"), "Bulk probe A: 300 shells fell.", "middle-east");
        JsonNode triaged2 = create(Api.as("reporter"), "Bulk probe B: 200 shells fell.", "middle-east");
        JsonNode stillNew = create(Api.as("reporter"), "Bulk probe C: 100 shells fell.", "middle-east");
        ok(editor.move(triaged1.path("id").asLong(), triaged1, "TRIAGE", null, null));
        ok(editor.move(triaged2.path("id").asLong(), triaged2, "TRIAGE", null, null));
        String ids = "[" + triaged1.path("id") + "," + triaged2.path("id") + "," + stillNew.path("id") + "]";

        JsonNode reply = ok(editor.post(
                "claims/bulk", "{\"ids\":" + ids + ",\"action\":\"ASSIGN\"," + "\"assignee\":\"checker\"}"));
        assertThat(reply.path("done").asLong()).isEqualTo(2);
        assertThat(reply.path("refused").asLong()).isEqualTo(1);
        JsonNode refused = StreamSupport.stream(reply.path("items").spliterator(), false)
                .filter(i -> !i.path("done").asBoolean())
                .findFirst()
                .orElseThrow();
        assertThat(refused.path("id").asLong()).isEqualTo(stillNew.path("id").asLong());
        assertThat(refused.path("code").asText()).isEqualTo("error.invalidTransition");
        assertThat(refused.path("message").asText()).contains("ASSIGN");
        assertThat(editor.get("claims/" + triaged1.path("id"))
                        .json()
                        .at("/assignee/username")
                        .asText())
                .isEqualTo("checker");
        assertThat(editor.get("claims/" + stillNew.path("id"))
                                .json()
                                .path("assignee")
                                .isMissingNode()
                        || editor.get("claims/" + stillNew.path("id"))
                                .json()
                                .path("assignee")
                                .isNull())
                .isTrue();

        JsonNode byReporter = ok(Api.as("reporter")
                .post("claims/bulk", "{\"ids\":" + ids + ",\"action\":\"SET_PRIORITY\",\"priority\":\"URGENT\"}"));
        assertThat(byReporter.path("done").asLong())
                .as("role checks hold in bulk too")
                .isZero();
        assertThat(texts(byReporter.path("items"), "code")).containsOnly("error.roleRequired");
    }

    @Test
    void aStaleVersionIsAConflictThatNamesWhoChangedTheClaim() {
        JsonNode claim = create(Api.as("reporter"), "Conflict probe: a bridge was destroyed.", "europe");
        ok(Api.as("editor2").move(claim.path("id").asLong(), claim, "TRIAGE", null, null));

        Reply stale = Api.as("editor").move(claim.path("id").asLong(), claim, "DISMISS", "Duplicate", null);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.json().path("changedBy").asText()).isEqualTo("editor2");
        assertThat(stale.json().path("detail").asText()).contains("editor2");
        assertThat(Api.as("editor")
                        .get("claims/" + claim.path("id").asLong())
                        .json()
                        .path("status")
                        .asText())
                .as("the losing move changed nothing")
                .isEqualTo("TRIAGED");
    }

    @Test
    void twoEditorsActingAtOnceExactlyOneWinsAndTheOtherIsToldWho() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                JsonNode claim = create(Api.as("reporter"), "Race probe " + round + ": a convoy was hit.", "europe");
                long id = claim.path("id").asLong();
                CountDownLatch start = new CountDownLatch(1);
                Callable<Reply> triage = () -> {
                    start.await();
                    return Api.as("editor").move(id, claim, "TRIAGE", null, null);
                };
                Callable<Reply> dismiss = () -> {
                    start.await();
                    return Api.as("editor2").move(id, claim, "DISMISS", "Not checkable", null);
                };
                Future<Reply> first = pool.submit(triage);
                Future<Reply> second = pool.submit(dismiss);
                start.countDown();
                Reply a = first.get();
                Reply b = second.get();

                assertThat(List.of(a.status(), b.status()))
                        .as("round %d: %s / %s", round, a, b)
                        .containsExactlyInAnyOrder(200, 409);
                Reply loser = a.status() == 409 ? a : b;
                String winner = a.status() == 200 ? "editor" : "editor2";
                assertThat(loser.json().path("changedBy").asText()).isEqualTo(winner);
                String finalStatus = Api.as("editor")
                        .get("claims/" + id)
                        .json()
                        .path("status")
                        .asText();
                assertThat(finalStatus).isEqualTo(winner.equals("editor") ? "TRIAGED" : "DISMISSED");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static JsonNode create(Api api, String statement, String desk) {
        Reply reply = api.post("claims", "{\"statement\":" + q(statement) + ",\"desk\":" + q(desk) + "}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }

    private static JsonNode ok(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    /** The texts of an array's elements, or of one field of each when {@code field} is not null. */
    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node ->
                values.add(field == null ? node.asText() : node.path(field).asText()));
        return values;
    }

    /** The claim without its tags, which are a set: their order in the JSON means nothing. */
    private static JsonNode withoutTags(JsonNode claim) {
        ObjectNode copy = claim.deepCopy();
        copy.remove("tags");
        return copy;
    }
}
