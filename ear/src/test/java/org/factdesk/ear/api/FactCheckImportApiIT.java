package org.factdesk.ear.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.ear.Api.q;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.factdesk.ear.Api;
import org.factdesk.ear.Api.Reply;
import org.factdesk.ear.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fact-checks other organisations published come in as ClaimReview JSON-LD — one, a list, a DataFeed, or read
 * from a page's address — are stored once per review URL, found by their words, and shown to the desk as
 * "already checked by …" next to similar claims. Bad input is refused whole, with a problem, storing nothing.
 */
@ExtendWith(ArquillianExtension.class)
class FactCheckImportApiIT {

    private static final Random RANDOM = new Random();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** A made-up word no other test uses, so searches see only this test's reviews. */
    private static String word() {
        StringBuilder w = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            w.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return w.toString();
    }

    private static String review(String url, String claim, String rating) {
        return """
                {"@context": "https://schema.org", "@type": "ClaimReview", "url": %s, "claimReviewed": %s,
                 "datePublished": "2020-10-30", "author": {"@type": "Organization", "name": "Check Team",
                 "url": "https://check.example/"},
                 "reviewRating": {"@type": "Rating", "ratingValue": 2, "bestRating": 5, "worstRating": 1,
                                  "alternateName": %s},
                 "itemReviewed": {"@type": "Claim", "datePublished": "2020-10-28",
                   "author": {"@type": "Person", "name": "Naji al-Mustafa"},
                   "appearance": [{"@type": "CreativeWork", "url": "https://dawn.example/idlib"}]}}
                """.formatted(q(url), q(claim), q(rating));
    }

    private static JsonNode external(Api api, String words) {
        Reply found = api.get("fact-checks/external?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8));
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        return found.json();
    }

    private static HttpResponse<String> post(Api api, String contentType, String body) {
        return api.exchange(
                "POST",
                "fact-checks/imports",
                contentType,
                body,
                "Accept",
                "application/json, application/problem+json");
    }

    @Test
    void aClaimReviewAListAndADataFeedAreStoredOncePerReviewAndFoundByTheirWords() throws Exception {
        String w = word();
        Api checker = Api.as("checker");
        String single = review("https://check.example/" + w + "/1", "Rebels killed officers near " + w, "False");
        Reply one = checker.post("fact-checks/imports", single);
        assertThat(one.status()).as(one.toString()).isEqualTo(200);
        assertThat(one.json().path("received").asInt()).isEqualTo(1);
        assertThat(one.json().path("created").asInt()).isEqualTo(1);
        JsonNode stored = one.json().at("/factChecks/0");
        assertThat(stored.path("checkedBy").asText()).isEqualTo("Check Team");
        assertThat(stored.path("ratingName").asText()).isEqualTo("False");
        assertThat(stored.path("claimant").asText()).isEqualTo("Naji al-Mustafa");
        assertThat(stored.path("appearanceUrl").asText()).isEqualTo("https://dawn.example/idlib");
        assertThat(stored.path("importedBy").asText()).isEqualTo("checker");

        // the same review again, re-rated by its publisher: updated, not added twice
        HttpResponse<String> reRated =
                post(checker, "application/ld+json", single.replace("\"False\"", "\"Misleading\""));
        assertThat(reRated.statusCode()).as(reRated.body()).isEqualTo(200);
        JsonNode again = external(checker, w);
        assertThat(again.path("total").asLong()).isEqualTo(1);
        assertThat(again.at("/items/0/ratingName").asText()).isEqualTo("Misleading");

        // a list of two, and a DataFeed holding one directly and one in a DataFeedItem
        String list = "[" + review("https://check.example/" + w + "/2", "Shelling displaced " + w + " families", "True")
                + "," + review("https://check.example/" + w + "/1", "Rebels killed officers near " + w, "False") + "]";
        Reply listed = checker.post("fact-checks/imports", list);
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        assertThat(listed.json().path("created").asInt()).isEqualTo(1);
        assertThat(listed.json().path("updated").asInt()).isEqualTo(1);
        String feed = "{\"@context\": \"https://schema.org\", \"@type\": \"DataFeed\", \"dataFeedElement\": ["
                + review("https://check.example/" + w + "/3", "Officers of " + w + " were not in Idlib", "False")
                        .replace("\"@context\": \"https://schema.org\", ", "")
                + ", {\"@type\": \"DataFeedItem\", \"item\": ["
                + review("https://check.example/" + w + "/4", "A ceasefire in " + w + " held for a week", "Mostly true")
                        .replace("\"@context\": \"https://schema.org\", ", "")
                + "]}]}";
        Reply fed = checker.post("fact-checks/imports", feed);
        assertThat(fed.status()).as(fed.toString()).isEqualTo(200);
        assertThat(fed.json().path("created").asInt()).isEqualTo(2);

        // words, not substrings, stemmed: "officer" finds both reviews about officers
        JsonNode officers = external(checker, "officer " + w);
        assertThat(officers.path("total").asLong()).isEqualTo(2);
        assertThat(external(checker, w).path("total").asLong()).isEqualTo(4);
        assertThat(external(checker, w.substring(0, 6)).path("total").asLong()).isZero();
        // any logged-in user may search, a reporter too
        assertThat(external(Api.as("reporter"), w).path("total").asLong()).isEqualTo(4);
    }

    @Test
    void badInputIsRefusedWithAProblemAndNothingIsStored() {
        String w = word();
        Api editor = Api.as("editor");
        String good = review("https://check.example/" + w + "/ok", "Bridges of " + w + " were rebuilt", "False");

        assertProblem(post(editor, "application/json", "this is not json " + w), 400, "body");
        assertProblem(
                post(editor, "application/json", "{\"@type\": \"ClaimReview\", \"claimReviewed\": \"" + w + "\"}"),
                422,
                "@context");
        assertProblem(
                post(
                        editor,
                        "application/ld+json",
                        "{\"@context\": \"https://schema.org\", \"@type\": \"Article\", \"headline\": \"" + w + "\"}"),
                422,
                "@type");
        // one review without claimReviewed refuses the whole list: the good one is not stored either
        assertProblem(
                post(
                        editor,
                        "application/ld+json",
                        "[" + good + "," + review("https://check.example/" + w + "/bad", "", "False") + "]"),
                422,
                "[1].claimReviewed");
        assertProblem(
                post(editor, "application/ld+json", review("javascript:alert(1)", "Bridges of " + w, "False")),
                422,
                "url");
        assertProblem(post(editor, "application/json", "{\"url\": \"ftp://files.example/" + w + "\"}"), 422, "url");
        HttpResponse<String> tooLarge =
                post(editor, "application/ld+json", "[" + good + "," + "\"" + "x".repeat(5 * 1024 * 1024) + "\"]");
        assertThat(tooLarge.statusCode()).as(tooLarge.body()).isEqualTo(413);
        assertThat(tooLarge.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        HttpResponse<String> plain = post(editor, "text/plain", good);
        assertThat(plain.statusCode()).isEqualTo(415);

        assertThat(external(editor, w).path("total").asLong())
                .as("nothing stored")
                .isZero();
    }

    @Test
    void onlyTheDeskImportsAndOnlyLoggedInUsersSearch() {
        String w = word();
        String good = review("https://check.example/" + w + "/r", "Bridges of " + w + " were rebuilt", "False");
        HttpResponse<String> reporter = post(Api.as("reporter"), "application/ld+json", good);
        assertThat(reporter.statusCode()).as(reporter.body()).isEqualTo(403);
        assertThat(reporter.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(post(Api.anonymous(), "application/ld+json", good).statusCode())
                .isEqualTo(401);
        assertThat(Api.anonymous().get("fact-checks/external?q=" + w).status()).isEqualTo(401);
        assertThat(external(Api.as("editor"), w).path("total").asLong()).isZero();
    }

    @Test
    void aSearchListsReviewsOfTheSameClaimInOtherWordsFirst() {
        Api editor = Api.as("editor");
        String claim = "A volcano erupted beneath the Antarctic ice sheet last winter";
        HttpResponse<String> imported = post(
                editor,
                "application/ld+json",
                review("https://check.example/reviews/antarctic-volcano", claim, "False"));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

        // not one of the query's words is required to match: the review is found by meaning, and listed first
        JsonNode found = external(Api.as("checker"), "an eruption happened under Antarctica's ice during the winter");
        assertThat(found.at("/items/0/claimReviewed").asText())
                .as(found.toString())
                .isEqualTo(claim);
        // a search by words still finds what holds them
        assertThat(external(editor, "volcano Antarctic").path("items").toString())
                .contains(claim);
        // and a search about something else does not list it
        assertThat(external(editor, "central bank interest rates").path("items").toString())
                .doesNotContain(claim);
    }

    @Test
    void aPublishedPageIsImportedFromItsAddressAndShowsAsAlreadyCheckedNextToSimilarClaims() {
        String w = word();
        String statement = "Rebel fire killed " + w + " officers in southern Idlib";
        Api reporter = Api.as("reporter");
        Api editor = Api.as("editor");
        Api editor2 = Api.as("editor2");
        Reply created = reporter.post("claims", "{\"statement\":" + q(statement) + ",\"desk\":\"europe\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        JsonNode claim = ok(editor2.move(id, created.json(), "TRIAGE", null, null));
        claim = ok(editor2.move(id, claim, "ASSIGN", null, "editor"));
        claim = ok(editor.put(
                "claims/" + id + "/verdict",
                "{\"rating\":\"FALSE\",\"summary\":" + q("No officers died there.") + ",\"version\":"
                        + claim.path("version") + "}"));
        claim = ok(editor.move(id, claim, "SUBMIT", null, null));
        claim = ok(editor2.move(id, claim, "APPROVE", null, null));
        ok(editor2.move(id, claim, "PUBLISH", null, null));
        String page = Deployments.BASE.resolve("fact-checks/" + id).toString();

        // read from the page's address (loopback is allowed in the test server only): its JSON-LD script
        Reply imported = editor.post("fact-checks/imports", "{\"url\": " + q(page) + "}");
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        JsonNode check = imported.json().at("/factChecks/0");
        assertThat(check.path("claimReviewed").asText()).isEqualTo(statement);
        assertThat(check.path("url").asText()).startsWith(page + "-");
        assertThat(check.path("ratingName").asText()).isEqualTo("False");
        assertThat(check.path("importedFrom").asText()).isEqualTo(page);
        assertThat(check.path("checkedBy").asText()).isNotBlank();

        // the intake's similar-claims answer names it for a rewording of the claim
        Reply similar = Api.as("checker")
                .post(
                        "intake/similar",
                        "{\"text\": " + q("Rebels say their fire killed " + w + " officers in Idlib") + "}");
        assertThat(similar.status()).as(similar.toString()).isEqualTo(200);
        assertThat(similar.json().path("checkedElsewhere")).anySatisfy(c -> {
            assertThat(c.at("/factCheck/claimReviewed").asText()).isEqualTo(statement);
            assertThat(c.path("score").asDouble()).isGreaterThanOrEqualTo(0.35);
        });
        // an unrelated text is not matched to it
        Reply unrelated = Api.as("checker")
                .post(
                        "intake/similar",
                        "{\"text\": " + q("The central bank raised interest rates by half a point") + "}");
        assertThat(unrelated.json().path("checkedElsewhere").toString()).doesNotContain(w);
    }

    private static JsonNode ok(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private static void assertProblem(HttpResponse<String> answer, int status, String field) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"field\":\"" + field.replace("\"", "\\\"") + "\"");
    }
}
