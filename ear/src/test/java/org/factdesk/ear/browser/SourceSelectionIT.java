package org.factdesk.ear.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.factdesk.ear.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The source intake form in a real browser: a reporter registers a source, selects one sentence of its text,
 * and opens a claim whose appearance excerpt is exactly that sentence. The selection is made the way a mouse
 * leaves it (a Range in the page's selection, then mouseup), so the page's offset capture is what is tested.
 */
@ExtendWith(ArquillianExtension.class)
class SourceSelectionIT {

    private static final String SELECT = """
            var body = document.getElementById('sourceBody');
            var range = document.createRange();
            range.setStart(body.firstChild, arguments[0]);
            range.setEnd(body.firstChild, arguments[1]);
            var selection = window.getSelection();
            selection.removeAllRanges();
            selection.addRange(range);
            body.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
            """;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void reporterOpensAClaimFromASelectedSentence() {
        EditorPages.assumeBrowserInstalled(SourceSelectionIT.class);
        String token = UUID.randomUUID().toString().substring(0, 8);
        String headline = "Jobless rate at a 30-year low, minister says (" + token + ")";
        String sentence =
                "Unemployment fell to 3.1 percent in May, the lowest rate since 1994, the labour minister said.";
        String body = "The figures were published on Tuesday.\n" + sentence
                + " Opposition parties questioned how the survey counted seasonal workers.";
        int start = body.indexOf(sentence);
        int end = start + sentence.length();
        Path screenshots = Path.of(System.getProperty("factdesk.screenshots", "target/screenshots"));

        try (EditorPages pages = new EditorPages(Deployments.BASE)) {
            pages.logIn("reporter", Deployments.DEMO_PASSWORD);
            pages.open("source/new.xhtml");
            assertThat(pages.text("#breadcrumbs")).contains("Dashboard", "New source");

            pages.click("#source\\:register");
            pages.waitForText("#source", "Name the publisher.");

            pages.type("source:publisher", "Daily Ledger");
            pages.type("source:headline", headline);
            pages.type("source:dateline", "VALLETTA");
            pages.type("source:body", body);
            pages.click("#source\\:register");
            pages.waitVisible("#sourceBody");
            assertThat(pages.text("#sourcePublisher")).isEqualTo("Daily Ledger");

            pages.script(SELECT, start, end);
            assertThat(pages.value("claim:statement")).isEqualTo(sentence);
            assertThat(pages.value("claim:start")).isEqualTo(String.valueOf(start));
            assertThat(pages.value("claim:end")).isEqualTo(String.valueOf(end));
            assertThat(pages.text("#selectionPreview")).isEqualTo(sentence);

            // offsets that no longer match the text are refused next to the selection
            pages.script("document.getElementById('claim:start').value = arguments[0];", start + 1);
            pages.click("#claim\\:createClaim");
            pages.waitForText("#claim\\:selectionMessage", "does not match the text");

            pages.script(SELECT, start, end);
            pages.type("claim:speaker", "Carmen Vella");
            pages.type("claim:role", "labour minister");
            pages.type("claim:verb", "said");
            pages.screenshot(screenshots.resolve("source-selection.png"));

            pages.click("#claim\\:createClaim");
            pages.waitForUrl("claim/index.xhtml");
            pages.waitVisible("#attribution");
            assertThat(pages.text("#appearances .excerpt")).isEqualTo(sentence);
            assertThat(pages.text("#appearances .source")).contains("Daily Ledger", headline, "VALLETTA");
            assertThat(pages.text("#attribution")).contains("Carmen Vella", "labour minister");
            assertThat(pages.text("#breadcrumbs")).contains("Dashboard", "Queue", "Unemployment fell to");
            pages.logOut();
        }
    }
}
