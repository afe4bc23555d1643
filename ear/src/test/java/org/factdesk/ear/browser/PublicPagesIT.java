package org.factdesk.ear.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.factdesk.ear.Api;
import org.factdesk.ear.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A reader without an account, in a real browser, with the keyboard: the list of fact-checks, a search, the
 * demo newsroom's published fact-check (the claim as made, apart from the verdict and the evidence the desk
 * shows with it), and the corrections log.
 */
@ExtendWith(ArquillianExtension.class)
class PublicPagesIT {

    private static final String POPULATION = "The rebel-held Idlib enclave is home to over 3 million people.";

    private final Path screenshots = Path.of(System.getProperty("factdesk.screenshots", "target/screenshots"));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeEach
    void needsABrowser() {
        EditorPages.assumeBrowserInstalled(PublicPagesIT.class);
    }

    @Test
    void aReaderFindsAFactCheckAndReadsWhoSaidWhatApartFromTheVerdict() {
        long id = -1;
        for (JsonNode item : Api.as("checker")
                .get("claims?status=PUBLISHED&q=enclave")
                .json()
                .path("items")) {
            if (POPULATION.equals(item.path("statement").asText())) {
                id = item.path("id").asLong();
            }
        }
        assertThat(id).as("the demo's published claim").isPositive();

        try (EditorPages pages = new EditorPages(Deployments.BASE)) {
            pages.openPlain("fact-checks/");
            assertThat(pages.text("main h1")).isEqualTo("Fact-checks");
            assertThat(pages.texts("#list .statement")).isNotEmpty();

            pages.submitPlain("q", "\"Idlib enclave is home\"", "q=");
            assertThat(pages.texts("#list .statement")).contains(POPULATION);

            pages.followLink("#list a[href*='/fact-checks/" + id + "-the-rebel-held']", "/fact-checks/" + id + "-");
            assertThat(pages.text("#claimReviewed")).isEqualTo(POPULATION);
            // said in the report's own voice, where it appeared; then, apart, whether it is true
            assertThat(pages.text("#ownVoice")).contains("its own voice");
            assertThat(pages.texts(".appearance .publisher")).contains("Dawn");
            assertThat(pages.text("#rating")).isEqualTo("True");
            assertThat(pages.text("#summary")).contains("UN OCHA");
            // the evidence the desk chose to show, with the verdict; its internal note is not there
            assertThat(pages.texts(".verdict .evidence-item .description"))
                    .anySatisfy(text -> assertThat(text).startsWith("UN OCHA humanitarian overview"));
            assertThat(pages.attribute(".verdict .evidence-item a.evidence-link", "href"))
                    .isEqualTo("https://www.unocha.org/syria");
            assertThat(pages.text("main")).doesNotContain("asked not to be named");
            assertThat(pages.present("#login\\:username")).as("no login asked").isFalse();
            pages.screenshot(screenshots.resolve("fact-check.png"));

            assertThat(pages.attribute(".public-header nav a", "href")).endsWith("/fact-checks/");
            pages.openPlain("fact-checks/");
            pages.followLink("a[href$='corrections.xhtml']", "corrections.xhtml");
            assertThat(pages.text("main h1")).isEqualTo("Corrections");
        }
    }
}
