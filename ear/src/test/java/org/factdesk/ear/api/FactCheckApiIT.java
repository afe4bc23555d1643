package org.factdesk.ear.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.ear.Api.q;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.factdesk.ear.Api;
import org.factdesk.ear.Api.Reply;
import org.factdesk.ear.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * A published verdict is public, for readers and machines, without login: its page at /fact-checks/{id} and its
 * schema.org ClaimReview at /api/fact-checks/{id} carry the claim as made (who said it, where it appeared) apart
 * from the verdict; nothing unpublished is found, and nothing internal is shown.
 */
@ExtendWith(ArquillianExtension.class)
class FactCheckApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern LD_SCRIPT =
            Pattern.compile("<script[^>]* type=\"application/ld\\+json\"[^>]*>(.*?)</script>", Pattern.DOTALL);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aPublishedVerdictIsAClaimReviewAndAPageAnyoneCanRead() throws Exception {
        String token = UUID.randomUUID().toString().substring(0, 8);
        // quotes and a closing script tag: the JSON-LD in the page must stay valid and closed where it should
        String statement = "All \"12 bridges\" of Probe-" + token + " were rebuilt </script><b>in a year</b>.";
        Api reporter = Api.as("reporter");
        Api editor = Api.as("editor");
        Api editor2 = Api.as("editor2");
        Reply created = reporter.post(
                "claims",
                "{\"statement\":" + q(statement) + ",\"desk\":\"europe\","
                        + "\"attribution\":{\"name\":\"Ada Probe\",\"kind\":\"PERSON\",\"role\":\"mayor\","
                        + "\"affiliation\":\"Probe City Council\",\"verb\":\"claimed\"},"
                        + "\"appearance\":{\"source\":{\"publisher\":\"Probe Gazette\",\"headline\":\"Bridges back\","
                        + "\"url\":\"https://gazette.example/bridges\",\"publishedOn\":\"2026-11-30\"},"
                        + "\"excerpt\":\"The mayor claimed all 12 bridges were rebuilt.\",\"hedges\":[{\"kind\":\"UNVERIFIED\","
                        + "\"text\":\"could not be independently verified\"}]}}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        JsonNode claim = created.json();
        claim = ok(editor2.move(id, claim, "TRIAGE", null, null));
        claim = ok(editor2.move(id, claim, "ASSIGN", null, "editor"));
        assertThat(editor.post("claims/" + id + "/comments", "{\"text\":\"internal-" + token + "\"}")
                        .status())
                .isEqualTo(201);
        // evidence: one piece the desk keeps to itself (the default), one it shows readers
        String hiddenUrl = "https://internal.example/informant-" + token;
        Reply hidden = editor.post(
                "claims/" + id + "/evidence",
                "{\"url\":" + q(hiddenUrl) + ",\"description\":"
                        + q("Informant-" + token + " at the council, met in confidence") + ",\"kind\":\"EYEWITNESS\","
                        + "\"stance\":\"REFUTES\",\"reliability\":\"C\",\"credibility\":3}");
        assertThat(hidden.status()).as(hidden.toString()).isEqualTo(201);
        assertThat(hidden.json().path("shownPublicly").asBoolean(true)).isFalse();
        String registerUrl = "https://council.example/register?year=2026&token=" + token;
        Reply shown = editor.post(
                "claims/" + id + "/evidence",
                "{\"url\":" + q(registerUrl) + ",\"description\":"
                        + q("Council register of bridge works <" + token + ">: 8 of 12 reopened")
                        + ",\"kind\":\"DOCUMENT\","
                        + "\"stance\":\"REFUTES\",\"reliability\":\"A\",\"credibility\":2,\"shownPublicly\":true}");
        assertThat(shown.status()).as(shown.toString()).isEqualTo(201);
        assertThat(shown.json().path("shownPublicly").asBoolean()).isTrue();
        claim = ok(editor.put(
                "claims/" + id + "/verdict",
                "{\"rating\":\"MOSTLY_FALSE\",\"summary\":" + q("Four of the 12 bridges are still closed.")
                        + ",\"version\":" + claim.path("version") + "}"));
        claim = ok(editor.move(id, claim, "SUBMIT", null, null));
        claim = ok(editor2.move(id, claim, "APPROVE", null, null));

        // approved is not published: not found, as if it did not exist
        assertThat(Api.anonymous()
                        .fetch("fact-checks/" + id, "application/ld+json")
                        .statusCode())
                .isEqualTo(404);
        assertThat(page(id).statusCode()).isEqualTo(404);

        HttpResponse<String> before = publicPage("fact-checks/?q=Probe-" + token);
        assertThat(before.body()).doesNotContain("/fact-checks/" + id + "-");
        // the list revalidates: the same copy is current until what it shows changes
        String listTag = before.headers().firstValue("ETag").orElseThrow();
        assertThat(revalidate("fact-checks/?q=Probe-" + token, listTag).statusCode())
                .isEqualTo(304);
        String correctionsTag = publicPage("fact-checks/corrections.xhtml")
                .headers()
                .firstValue("ETag")
                .orElseThrow();
        assertThat(revalidate("fact-checks/corrections.xhtml", correctionsTag).statusCode())
                .isEqualTo(304);

        ok(editor2.move(id, claim, "PUBLISH", null, null));
        HttpResponse<String> changed = revalidate("fact-checks/?q=Probe-" + token, listTag);
        assertThat(changed.statusCode()).as("a publication changes the list").isEqualTo(200);
        assertThat(changed.body()).contains("/fact-checks/" + id + "-");
        // listed at once, newest first, and found by its words
        assertThat(publicPage("fact-checks/").body()).contains("/fact-checks/" + id + "-all-12-bridges");
        HttpResponse<String> found = publicPage("fact-checks/?q=Probe-" + token);
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body())
                .contains("/fact-checks/" + id + "-all-12-bridges", "Mostly false", "Ada Probe")
                .contains("1 fact-checks");
        HttpResponse<String> answer = Api.anonymous().fetch("fact-checks/" + id, "application/ld+json");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/ld+json");
        JsonNode review = JSON.readTree(answer.body());

        assertThat(review.path("@context").asText()).isEqualTo("https://schema.org");
        assertThat(review.path("@type").asText()).isEqualTo("ClaimReview");
        // a readable address, fixed at publication: the id, then the statement's first words
        String address = review.path("url").asText();
        assertThat(address)
                .startsWith(Deployments.BASE
                        .resolve("fact-checks/" + id + "-all-12-bridges-of-probe-" + token.toLowerCase())
                        .toString());
        assertThat(review.path("claimReviewed").asText()).isEqualTo(statement);
        OffsetDateTime published =
                OffsetDateTime.parse(review.path("datePublished").asText());
        assertThat(OffsetDateTime.parse(review.path("dateModified").asText())).isAfterOrEqualTo(published);
        assertThat(review.at("/author/@type").asText()).isEqualTo("Organization");
        assertThat(review.at("/author/name").asText()).isNotBlank();
        assertThat(review.at("/reviewRating/@type").asText()).isEqualTo("Rating");
        assertThat(review.at("/reviewRating/alternateName").asText()).isEqualTo("Mostly false");
        assertThat(review.at("/reviewRating/worstRating").asInt()).isEqualTo(1);
        assertThat(review.at("/reviewRating/bestRating").asInt()).isEqualTo(5);
        assertThat(review.at("/reviewRating/ratingValue").asInt()).isBetween(1, 2);
        JsonNode item = review.path("itemReviewed");
        assertThat(item.path("@type").asText()).isEqualTo("Claim");
        assertThat(item.at("/author/@type").asText()).isEqualTo("Person");
        assertThat(item.at("/author/name").asText()).isEqualTo("Ada Probe");
        assertThat(item.at("/author/jobTitle").asText()).isEqualTo("mayor");
        assertThat(item.at("/author/affiliation/name").asText()).isEqualTo("Probe City Council");
        assertThat(item.path("datePublished").asText()).isEqualTo("2026-11-30");
        assertThat(item.at("/appearance/0/url").asText()).isEqualTo("https://gazette.example/bridges");
        assertThat(item.at("/appearance/0/headline").asText()).isEqualTo("Bridges back");
        assertThat(item.at("/firstAppearance/url").asText()).isEqualTo("https://gazette.example/bridges");
        assertThat(answer.body()).doesNotContain("internal-" + token).doesNotContain("\"editor\"");
        // the evidence shown publicly is cited by its address; the internal piece is nowhere
        assertThat(review.path("citation")).hasSize(1);
        assertThat(review.at("/citation/0/@type").asText()).isEqualTo("CreativeWork");
        assertThat(review.at("/citation/0/url").asText()).isEqualTo(registerUrl);
        assertThat(answer.body()).doesNotContain("Informant-" + token).doesNotContain("internal.example");

        // in the Atom feed the list links to, and in the sitemap; an unknown sitemap part is not found
        assertThat(publicPage("fact-checks/").body())
                .contains("type=\"application/atom+xml\"", "/fact-checks/feed.atom");
        HttpResponse<String> atom = publicPage("fact-checks/feed.atom");
        assertThat(atom.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        Document feed = xml(atom.body());
        assertThat(feed.getDocumentElement().getLocalName()).isEqualTo("feed");
        assertThat(texts(feed, "title")).anySatisfy(title -> assertThat(title).startsWith("Mostly false: All"));
        assertThat(texts(feed, "id")).contains(address);
        HttpResponse<String> sitemap = publicPage("sitemap.xml");
        assertThat(sitemap.statusCode()).isEqualTo(200);
        assertThat(texts(xml(sitemap.body()), "loc")).contains(address);
        assertThat(publicPage("sitemap.xml?part=99").statusCode()).isEqualTo(404);

        // a client whose copy is current is told so, without the body
        String etag = answer.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = Api.anonymous()
                .exchange(
                        "GET", "fact-checks/" + id, null, null, "Accept", "application/ld+json", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        // the newest in the DataFeed of every ClaimReview, as the same object
        HttpResponse<String> feedAnswer = Api.anonymous().fetch("fact-checks", "application/ld+json");
        assertThat(feedAnswer.statusCode()).isEqualTo(200);
        JsonNode dataFeed = JSON.readTree(feedAnswer.body());
        assertThat(dataFeed.path("@type").asText()).isEqualTo("DataFeed");
        assertThat(dataFeed.path("dataFeedElement"))
                .isNotEmpty()
                .allSatisfy(
                        element -> assertThat(element.path("@type").asText()).isEqualTo("ClaimReview"));
        JsonNode same = null;
        for (JsonNode element : dataFeed.path("dataFeedElement")) {
            if (element.path("url").asText().equals(review.path("url").asText())) {
                same = element;
            }
        }
        assertThat(same).as("this fact-check in the feed").isNotNull();
        ((com.fasterxml.jackson.databind.node.ObjectNode) same).put("@context", "https://schema.org");
        assertThat(same).isEqualTo(review);
        assertThat(Api.anonymous()
                        .fetch("fact-checks?page=-1", "application/ld+json")
                        .statusCode())
                .isEqualTo(400);

        // the page, at its address (and at the bare id): the same ClaimReview inside it, the text escaped,
        // nothing internal
        HttpResponse<String> html = HTTP.send(
                HttpRequest.newBuilder(java.net.URI.create(address)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(html.body()).contains("<link rel=\"canonical\" href=\"" + address + "\"");
        assertThat(page(id).body()).contains("<link rel=\"canonical\" href=\"" + address + "\"");
        String pageTag = html.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> pageAgain = HTTP.send(
                HttpRequest.newBuilder(java.net.URI.create(address))
                        .header("If-None-Match", pageTag)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(pageAgain.statusCode())
                .as("the reader's copy of the page is current")
                .isEqualTo(304);
        assertThat(pageAgain.body()).isEmpty();
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(html.body())
                .contains(
                        "Ada Probe",
                        "Probe City Council",
                        "could not be independently verified",
                        "Mostly false",
                        "Four of the 12 bridges are still closed.")
                .contains("&lt;/script&gt;&lt;b&gt;")
                .doesNotContain("</script><b>")
                .doesNotContain("internal-" + token);
        // with the verdict, the evidence the desk shows (escaped, its link too), never the internal piece
        assertThat(html.body())
                .contains(
                        "Council register of bridge works &lt;" + token + "&gt;: 8 of 12 reopened",
                        "href=\"" + registerUrl.replace("&", "&amp;") + "\"",
                        "Refutes",
                        "Graded A2")
                .doesNotContain("Informant-" + token)
                .doesNotContain("internal.example");
        Matcher script = LD_SCRIPT.matcher(html.body());
        assertThat(script.find())
                .as("a ClaimReview script in the page: %s", html.body())
                .isTrue();
        assertThat(JSON.readTree(script.group(1))).isEqualTo(review);
        assertThat(script.find()).as("one script only, ended where it should").isFalse();

        // the desk changes its mind about a piece of evidence: from the version it saw, with the evidence role
        String visibility =
                "claims/" + id + "/evidence/" + hidden.json().path("id").asLong() + "/visibility";
        long hiddenVersion = hidden.json().path("version").asLong();
        assertThat(reporter.put(visibility, "{\"shownPublicly\":true,\"version\":" + hiddenVersion + "}")
                        .status())
                .isEqualTo(403);
        assertThat(editor.put(
                                "claims/" + id + "/evidence/"
                                        + shown.json().path("id").asLong() + "/visibility",
                                "{\"shownPublicly\":true,\"version\":"
                                        + shown.json().path("version").asLong() + "}")
                        .status())
                .as("unchanged: already shown")
                .isEqualTo(200);
        assertThat(editor.put(
                                "claims/999999999/evidence/"
                                        + hidden.json().path("id").asLong() + "/visibility",
                                "{\"shownPublicly\":true,\"version\":" + hiddenVersion + "}")
                        .status())
                .as("evidence of another claim")
                .isEqualTo(404);
        Reply madePublic = editor.put(visibility, "{\"shownPublicly\":true,\"version\":" + hiddenVersion + "}");
        assertThat(madePublic.status()).as(madePublic.toString()).isEqualTo(200);
        assertThat(madePublic.json().path("shownPublicly").asBoolean()).isTrue();
        Reply stale = editor2.put(visibility, "{\"shownPublicly\":false,\"version\":" + hiddenVersion + "}");
        assertThat(stale.status()).as("a change from an old version is refused").isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(page(id).body()).contains("Informant-" + token);
        assertThat(JSON.readTree(Api.anonymous()
                                .fetch("fact-checks/" + id, "application/ld+json")
                                .body())
                        .path("citation"))
                .hasSize(2);
        Reply madeInternal = editor2.put(
                visibility,
                "{\"shownPublicly\":false,\"version\":"
                        + madePublic.json().path("version").asLong() + "}");
        assertThat(madeInternal.status()).as(madeInternal.toString()).isEqualTo(200);
        assertThat(page(id).body()).doesNotContain("Informant-" + token).doesNotContain("internal.example");
        assertThat(Api.anonymous()
                        .fetch("fact-checks/" + id, "application/ld+json")
                        .body())
                .doesNotContain("internal.example");
        // the claim's history says who showed it and who took it back
        List<String> shownChanges = new ArrayList<>();
        for (JsonNode entry : editor2.get("claims/" + id).json().path("history")) {
            if ("evidenceShown".equals(entry.path("subject").asText())) {
                shownChanges.add(entry.path("actor").asText() + ":"
                        + entry.path("from").asText() + "->" + entry.path("to").asText() + ":"
                        + entry.path("text").asText().startsWith("Informant-"));
            }
        }
        assertThat(shownChanges).containsExactlyInAnyOrder("editor2:true->false:true", "editor:false->true:true");

        // a correction is published on the page, in the corrections log, and moves dateModified
        JsonNode current = editor2.get("claims/" + id).json();
        String note = "Three of the 12 bridges, not four, are still closed (" + token + ").";
        ok(editor2.move(id, current, "CORRECT", note, null));
        HttpResponse<String> corrected = Api.anonymous()
                .exchange(
                        "GET", "fact-checks/" + id, null, null, "Accept", "application/ld+json", "If-None-Match", etag);
        assertThat(corrected.statusCode()).as("the old copy is out of date").isEqualTo(200);
        JsonNode correctedReview = JSON.readTree(corrected.body());
        assertThat(OffsetDateTime.parse(correctedReview.path("dateModified").asText()))
                .isAfterOrEqualTo(
                        OffsetDateTime.parse(review.path("dateModified").asText()));
        assertThat(correctedReview.at("/correction/0/@type").asText()).isEqualTo("CorrectionComment");
        assertThat(correctedReview.at("/correction/0/text").asText()).isEqualTo(note);
        assertThat(page(id).body()).contains(note);
        assertThat(HTTP.send(
                                HttpRequest.newBuilder(java.net.URI.create(address))
                                        .header("If-None-Match", pageTag)
                                        .GET()
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .as("the corrected page is not the reader's copy")
                .isEqualTo(200);
        HttpResponse<String> log = publicPage("fact-checks/corrections.xhtml");
        assertThat(log.statusCode()).isEqualTo(200);
        assertThat(log.body()).contains(note, "/fact-checks/" + id + "-all-12-bridges");

        // unpublished by an editor, with a reason: gone, with a notice, and out of the list, feeds and log
        JsonNode correctedClaim = editor2.get("claims/" + id).json();
        assertThat(editor2.move(id, correctedClaim, "UNPUBLISH", " ", null).status())
                .isEqualTo(422);
        assertThat(reporter.move(id, correctedClaim, "UNPUBLISH", "Mine", null).status())
                .isEqualTo(403);
        ok(editor2.move(id, correctedClaim, "UNPUBLISH", "The council withdrew its figures.", null));
        HttpResponse<String> gone = Api.anonymous().fetch("fact-checks/" + id, "application/ld+json");
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(gone.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        HttpResponse<String> gonePage = page(id);
        assertThat(gonePage.statusCode()).isEqualTo(410);
        assertThat(gonePage.body()).contains("withdrew this fact-check").doesNotContain("Ada Probe");
        assertThat(publicPage("fact-checks/?q=Probe-" + token).body()).doesNotContain("/fact-checks/" + id + "-");
        assertThat(texts(xml(publicPage("sitemap.xml").body()), "loc")).doesNotContain(address);
        assertThat(texts(xml(publicPage("fact-checks/feed.atom").body()), "id")).doesNotContain(address);
        assertThat(publicPage("fact-checks/corrections.xhtml").body()).doesNotContain(note);
    }

    @Test
    void theDemoNewsroomsPublishedClaimIsMadeByTheReportThatPrintedIt() throws Exception {
        JsonNode found =
                Api.as("checker").get("claims?status=PUBLISHED&q=enclave").json();
        JsonNode population = null;
        for (JsonNode item : found.path("items")) {
            if (item.path("statement").asText().startsWith("The rebel-held Idlib enclave is home")) {
                population = item;
            }
        }
        assertThat(population).as("the demo's published claim").isNotNull();
        HttpResponse<String> answer =
                Api.anonymous().fetch("fact-checks/" + population.path("id").asLong(), "application/ld+json");
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode review = JSON.readTree(answer.body());
        assertThat(review.at("/reviewRating/alternateName").asText()).isEqualTo("True");
        assertThat(review.at("/reviewRating/ratingValue").asInt()).isEqualTo(5);
        // unattributed: the newspaper said it in its own voice
        assertThat(review.at("/itemReviewed/author/@type").asText()).isEqualTo("Organization");
        assertThat(review.at("/itemReviewed/author/name").asText()).isEqualTo("Dawn");
    }

    @Test
    void anAdminSetsTheOrganisationEveryClaimReviewNamesAsItsAuthor() throws Exception {
        String token = UUID.randomUUID().toString().substring(0, 8);
        Api admin = Api.as("admin");
        long id = demoFactCheckId();
        Reply before = admin.get("admin/publisher");
        assertThat(before.status()).as(before.toString()).isEqualTo(200);
        long version = before.json().path("version").asLong();

        // only an administrator: an editor may neither read nor change it here
        assertThat(Api.as("editor").get("admin/publisher").status()).isEqualTo(403);
        Reply refused =
                Api.as("editor").put("admin/publisher", "{\"name\":\"Editor's Own\",\"version\":" + version + "}");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");

        // addresses must be absolute http(s) and the name is required: refused field by field, nothing changed
        Reply badUrl = admin.put(
                "admin/publisher",
                "{\"name\":\"Probe News\",\"url\":\"javascript:alert(1)\"," + "\"logo\":\"/logo.png\",\"version\":"
                        + version + "}");
        assertThat(badUrl.status()).as(badUrl.toString()).isEqualTo(422);
        assertThat(badUrl.contentType()).startsWith("application/problem+json");
        assertThat(badUrl.json().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("url", "logo");
        Reply noName = admin.put("admin/publisher", "{\"name\":\"  \",\"version\":" + version + "}");
        assertThat(noName.status()).isEqualTo(422);
        assertThat(noName.json().path("errors").findValuesAsText("field")).containsExactly("name");
        assertThat(admin.get("admin/publisher").json()).isEqualTo(before.json());
        assertThat(JSON.readTree(claimReview(id)).path("author").path("name").asText())
                .isEqualTo(before.json().path("name").asText());

        String name = "Probe Newsroom " + token;
        String home = "https://news.example/" + token;
        String logo = "https://media.news.example:8443/brand/logo-" + token + ".png";
        Reply saved = admin.put(
                "admin/publisher",
                "{\"name\":" + q(" " + name + " ") + ",\"url\":" + q(home) + ",\"logo\":" + q(logo) + ",\"version\":"
                        + version + "}");
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().path("saved").asBoolean()).isTrue();
        assertThat(saved.json().path("name").asText()).isEqualTo(name);
        assertThat(saved.json().path("savedBy").asText()).isEqualTo("admin");
        // a second administrator who loaded the old version is told, not allowed to overwrite
        Reply stale = admin.put("admin/publisher", "{\"name\":\"Other News\",\"version\":" + version + "}");
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(stale.json().path("changedBy").asText()).isEqualTo("admin");

        JsonNode author = JSON.readTree(claimReview(id)).path("author");
        assertThat(author.path("@type").asText()).isEqualTo("Organization");
        assertThat(author.path("name").asText()).isEqualTo(name);
        assertThat(author.path("url").asText()).isEqualTo(home);
        assertThat(author.at("/logo/@type").asText()).isEqualTo("ImageObject");
        assertThat(author.at("/logo/url").asText()).isEqualTo(logo);
        assertThat(JSON.readTree(Api.anonymous()
                                .fetch("fact-checks", "application/ld+json")
                                .body())
                        .path("name")
                        .asText())
                .isEqualTo(name);
        // the pages show it, logo and all, and their policy admits images from the logo's origin only
        HttpResponse<String> html = page(id);
        assertThat(html.body()).contains(name, "src=\"" + logo + "\"", "href=\"" + home + "\"");
        String policy = html.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy)
                .contains("img-src 'self' data: https://media.news.example:8443;")
                .contains("script-src 'self'");
        assertThat(publicPage("fact-checks/").body()).contains(name);
        assertThat(publicPage("fact-checks/feed.atom").body()).contains(name);

        // back to the server's settings
        Reply defaults = admin.delete(
                "admin/publisher?version=" + saved.json().path("version").asLong());
        assertThat(defaults.status()).as(defaults.toString()).isEqualTo(200);
        assertThat(defaults.json().path("saved").asBoolean()).isFalse();
        assertThat(JSON.readTree(claimReview(id)).path("author").path("name").asText())
                .isEqualTo(defaults.json().path("name").asText())
                .isNotEqualTo(name);
        assertThat(page(id).headers().firstValue("Content-Security-Policy").orElseThrow())
                .doesNotContain("news.example");
    }

    private static long demoFactCheckId() {
        for (JsonNode item : Api.as("checker")
                .get("claims?status=PUBLISHED&q=enclave")
                .json()
                .path("items")) {
            if (item.path("statement").asText().startsWith("The rebel-held Idlib enclave is home")) {
                return item.path("id").asLong();
            }
        }
        throw new AssertionError("the demo's published claim is missing");
    }

    private static String claimReview(long id) {
        HttpResponse<String> answer = Api.anonymous().fetch("fact-checks/" + id, "application/ld+json");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    @Test
    void whatIsNotAFactCheckIsNotFound() throws Exception {
        for (String path : new String[] {"fact-checks/999999999", "fact-checks/abc"}) {
            HttpResponse<String> answer = Api.anonymous().fetch(path, "application/ld+json");
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
        }
        assertThat(page(999_999_999L).statusCode()).isEqualTo(404);
    }

    @Test
    void aSearchTooLongForTheListIsToldNextToTheField() throws Exception {
        HttpResponse<String> answer = publicPage("fact-checks/?q=" + "word+".repeat(50));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("id=\"qMessage\"", "limited to 200", "0 fact-checks");
    }

    private static Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
    }

    private static List<String> texts(Document document, String localName) {
        NodeList nodes = document.getElementsByTagNameNS("*", localName);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }

    private static HttpResponse<String> page(long id) throws IOException, InterruptedException {
        return publicPage("fact-checks/" + id);
    }

    /** A public page fetched again with the validator of the copy the reader holds. */
    private static HttpResponse<String> revalidate(String path, String etag) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(Deployments.BASE.resolve(path))
                        .header("If-None-Match", etag)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A public page, fetched without login. */
    private static HttpResponse<String> publicPage(String path) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(Deployments.BASE.resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode ok(Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }
}
