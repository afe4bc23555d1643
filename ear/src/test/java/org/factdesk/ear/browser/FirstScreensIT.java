package org.factdesk.ear.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.factdesk.ear.Api;
import org.factdesk.ear.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The first editor screens in a real browser against the real EAR: log in, find a claim in the queue, read
 * its attribution apart from its assertion, triage it, log out. The claim is made fresh through the API so the
 * test does not depend on what other tests did to the shared demo data.
 */
@ExtendWith(ArquillianExtension.class)
class FirstScreensIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void editorFindsReadsAndTriagesAnAttributedClaim() {
        EditorPages.assumeBrowserInstalled(FirstScreensIT.class);
        String token = UUID.randomUUID().toString().substring(0, 8);
        String statement = "Rebel fire killed Russian officers in southern Idlib, as well as Syrian soldiers "
                + "working in the area (browser check " + token + ").";
        Api.Reply created = Api.as("reporter").post("claims", """
                {"statement": %s, "desk": "middle-east",
                 "attribution": {"name": "Naji al-Mustafa", "role": "spokesman",
                                 "affiliation": "National Front for Liberation", "verb": "said"},
                 "appearance": {"source": {"publisher": "Dawn"},
                                "excerpt": "A spokesman for the NFL, Naji al-Mustafa, said the rebels killed Russian officers.",
                                "hedges": [{"kind": "UNVERIFIED", "text": "The report could not be independently verified"},
                                           {"kind": "NO_COMMENT", "text": "there was no immediate comment from Russia or Syria"}]}}
                """.formatted(Api.q(statement)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Path screenshots = Path.of(System.getProperty("factdesk.screenshots", "target/screenshots"));

        try (EditorPages pages = new EditorPages(Deployments.BASE)) {
            pages.logIn("editor", Deployments.DEMO_PASSWORD);
            pages.open("queue/index.xhtml");
            int everything = pages.queueTotal();

            pages.searchQueue("Idlib");
            assertThat(pages.queueTotal()).isLessThan(everything);
            pages.screenshot(screenshots.resolve("queue.png"));

            pages.searchQueue(token);
            assertThat(pages.queueTotal()).isEqualTo(1);
            assertThat(pages.queueRow(statement)
                            .findElement(By.cssSelector(".status"))
                            .getText())
                    .isEqualTo("Unverified");

            pages.openClaim(statement);
            String attribution = pages.text("#attribution");
            assertThat(attribution).contains("Naji al-Mustafa", "spokesman", "National Front for Liberation");
            String assertion = pages.text("#assertion");
            assertThat(assertion).contains(statement, "Unverified").doesNotContain("Naji al-Mustafa");
            assertThat(pages.texts(".hedge"))
                    .hasSize(2)
                    .anySatisfy(h -> assertThat(h).contains("could not be independently verified"))
                    .anySatisfy(h -> assertThat(h).contains("no immediate comment from Russia or Syria"));
            assertThat(pages.moves()).contains("Triage");
            int historyBefore = pages.texts("#timeline .entry").size();

            pages.move("Triage", "Triaged");
            assertThat(pages.texts("#timeline .entry")).hasSizeGreaterThan(historyBefore);
            assertThat(pages.text("#timeline .entry-STATUS")).contains("Triage", "Unverified", "Triaged");
            pages.screenshot(screenshots.resolve("claim.png"));

            pages.logOut();
        }
    }

    /**
     * The claim page answers 404 alike for an id that is malformed, missing or unknown and for a claim the user
     * may not read (here: an editor's claim, opened by a reporter), so a reporter cannot tell which ids exist.
     */
    @Test
    void aClaimThatIsNotThereForTheUserIsNotFound() {
        EditorPages.assumeBrowserInstalled(FirstScreensIT.class);
        Api.Reply byEditor = Api.as("editor")
                .post("claims", "{\"statement\":\"An editor's claim " + UUID.randomUUID() + ".\",\"desk\":\"europe\"}");
        assertThat(byEditor.status()).as(byEditor.toString()).isEqualTo(201);
        long editors = byEditor.json().path("id").asLong();

        try (EditorPages pages = new EditorPages(Deployments.BASE)) {
            pages.logIn("reporter", Deployments.DEMO_PASSWORD);
            String session = "JSESSIONID=" + pages.cookie("JSESSIONID");
            for (String query : List.of("?id=" + editors, "?id=999999999", "?id=abc", "?id=-1", "?id=", "")) {
                HttpResponse<String> page =
                        Api.anonymous().exchange("GET", "../claim/index.xhtml" + query, null, null, "Cookie", session);
                assertThat(page.statusCode()).as(query).isEqualTo(404);
                assertThat(page.body()).as(query).contains("<h1>Not found</h1>");
            }
            pages.openPlain("claim/index.xhtml?id=" + editors);
            assertThat(pages.text("h1")).isEqualTo("Not found");
            pages.open("queue/index.xhtml");
            pages.logOut();

            pages.logIn("editor", Deployments.DEMO_PASSWORD);
            pages.openClaim(editors);
            assertThat(pages.text("#statement")).contains("An editor's claim");
            pages.logOut();
        }
    }
}
