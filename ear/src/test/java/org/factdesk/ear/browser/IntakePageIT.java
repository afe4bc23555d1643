package org.factdesk.ear.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.factdesk.ear.Api;
import org.factdesk.ear.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The intake page in a real browser: paste the Dawn report, see the candidate claims with who said them and
 * the hedges that qualify them, accept the NFL claim with one click, and land on a claim that keeps the
 * attribution, the hedges and the source — told on both pages that another organisation has already checked it.
 */
@ExtendWith(ArquillianExtension.class)
class IntakePageIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aFactCheckerTurnsWireCopyIntoATrackedClaimWithOneClick() throws IOException {
        EditorPages.assumeBrowserInstalled(IntakePageIT.class);
        String article;
        try (InputStream in =
                IntakePageIT.class.getResourceAsStream("/org/factdesk/ear/intake/dawn-2020-10-28-idlib.txt")) {
            article = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // another organisation has already checked the NFL claim: its ClaimReview is imported first
        Api.Reply imported = Api.as("checker").post("fact-checks/imports", """
                {"@context": "https://schema.org", "@type": "ClaimReview",
                 "url": "https://syria-check.example/nfl-russian-officers",
                 "claimReviewed": "Rebel retaliation killed Russian officers in southern Idlib",
                 "author": {"@type": "Organization", "name": "Syria Check Desk"},
                 "reviewRating": {"@type": "Rating", "alternateName": "Unproven"}}
                """);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        Path screenshots = Path.of(System.getProperty("factdesk.screenshots", "target/screenshots"));
        try (EditorPages pages = new EditorPages(Deployments.BASE)) {
            pages.logIn("checker", Deployments.DEMO_PASSWORD);
            pages.analyzeArticle("Dawn", article);

            String nfl = pages.texts(".fd-candidate").stream()
                    .filter(c -> c.contains("Naji al-Mustafa"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("the NFL sentence is not a candidate"));
            assertThat(nfl)
                    .contains(
                            "spokesman",
                            "National Front for Liberation",
                            "could not be independently verified",
                            "no immediate comment from Russia or Syria");
            assertThat(nfl)
                    .contains(
                            "Already checked by other fact-checkers",
                            "Checked by Syria Check Desk",
                            "rated Unproven",
                            "Rebel retaliation killed Russian officers in southern Idlib");
            assertThat(pages.texts(".fd-candidate")).noneMatch(c -> c.contains("Published in Dawn"));
            pages.screenshot(screenshots.resolve("intake.png"));

            pages.acceptCandidate("Naji al-Mustafa");

            assertThat(pages.text("#attribution"))
                    .contains("Naji al-Mustafa", "spokesman", "National Front for Liberation");
            assertThat(pages.texts(".hedge"))
                    .hasSize(2)
                    .anySatisfy(h -> assertThat(h).contains("could not be independently verified"))
                    .anySatisfy(h -> assertThat(h).contains("no immediate comment from Russia or Syria"));
            assertThat(pages.text("#appearances")).contains("Dawn");
            assertThat(pages.text("#status")).isEqualTo("Unverified");
            // the claim page says it too, linking to the other organisation's fact-check
            assertThat(pages.text("#checkedElsewhere")).contains("Checked by Syria Check Desk", "rated Unproven");
        }
    }
}
