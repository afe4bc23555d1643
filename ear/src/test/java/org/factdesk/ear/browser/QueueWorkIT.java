package org.factdesk.ear.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.ear.Api.q;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.UUID;
import org.factdesk.ear.Api;
import org.factdesk.ear.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A desk's daily work in a real browser: a bulk assignment where the workflow refuses one claim and says why,
 * and the dashboard whose numbers lead to the queue that holds exactly those claims. Claims are made fresh
 * through the API and found by a unique token.
 */
@ExtendWith(ArquillianExtension.class)
class QueueWorkIT {

    private final Path screenshots = Path.of(System.getProperty("factdesk.screenshots", "target/screenshots"));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeEach
    void needsABrowser() {
        EditorPages.assumeBrowserInstalled(QueueWorkIT.class);
    }

    @Test
    void bulkAssignmentAssignsTheTriagedClaimsAndSaysWhyTheNewOneWasRefused() {
        String token = "bulk" + UUID.randomUUID().toString().substring(0, 8);
        String first = "Fuel prices doubled in March (" + token + " one)";
        String second = "The bridge was closed for 40 days (" + token + " two)";
        String fresh = "Unemployment fell to 3% (" + token + " new)";
        triage(create(first));
        triage(create(second));
        create(fresh);

        try (EditorPages pages = new EditorPages(Deployments.BASE)) {
            pages.logIn("editor", Deployments.DEMO_PASSWORD);
            pages.open("queue/index.xhtml?q=" + token);
            assertThat(pages.queueTotal()).isEqualTo(3);
            pages.selectQueueRow(first);
            pages.selectQueueRow(second);
            pages.selectQueueRow(fresh);

            pages.click("#queue .bulk-ASSIGN");
            pages.waitVisible("#bulkDialog");
            pages.choose("bulkForm:assignee", "Chloe Martin");
            pages.click("#bulkForm\\:confirm");

            pages.waitForText("#bulkSummary", "2 done, 1 refused");
            assertThat(pages.texts(".bulk-refusal"))
                    .singleElement()
                    .satisfies(refusal -> assertThat(refusal).contains(fresh, "Unverified", "Assign"));
            assertThat(pages.queueRowText(first)).contains("In review", "Chloe Martin");
            assertThat(pages.queueRowText(second)).contains("In review", "Chloe Martin");
            assertThat(pages.queueRowText(fresh)).contains("Unverified").doesNotContain("Chloe Martin");
            pages.screenshot(screenshots.resolve("bulk.png"));
        }
    }

    @Test
    void aDashboardCountLeadsToTheQueueWithThoseClaims() {
        String token = "dash" + UUID.randomUUID().toString().substring(0, 8);
        String statement = "Three ministers resigned on one day (" + token + ")";
        triage(create(statement));

        try (EditorPages pages = new EditorPages(Deployments.BASE)) {
            pages.logIn("editor", Deployments.DEMO_PASSWORD);
            pages.open("index.xhtml");
            pages.waitForUrl("dashboard/index.xhtml");
            int unverified = Integer.parseInt(pages.text("#byStatus .count-NEW"));
            assertThat(unverified).isPositive();
            // the latest move in the newsroom heads the recent activity
            assertThat(pages.texts("#recent .recent-change a")).first().isEqualTo(statement);
            pages.screenshot(screenshots.resolve("dashboard.png"));

            pages.click("#byStatus .count-NEW");
            pages.waitForUrl("status=NEW");
            assertThat(pages.queueTotal()).isEqualTo(unverified);
        }
    }

    @Test
    void aSavedSearchIsTheQueueUrlUnderAName() {
        String token = "saved" + UUID.randomUUID().toString().substring(0, 8);
        create("Half the schools have no heating (" + token + ")");

        try (EditorPages pages = new EditorPages(Deployments.BASE)) {
            pages.logIn("editor2", Deployments.DEMO_PASSWORD);
            pages.open("queue/index.xhtml?q=" + token);
            pages.click("#saveForm\\:save");
            pages.waitVisible("#saveForm .ui-message-error");

            pages.type("saveForm:name", "Schools " + token);
            pages.click("#saveForm\\:save");
            pages.waitForText("#savedList", "Schools " + token);
            pages.click("#savedList a[href*='" + token + "']");
            pages.waitForUrl("q=" + token);
            assertThat(pages.queueTotal()).isEqualTo(1);
        }
    }

    private static JsonNode create(String statement) {
        Api.Reply reply = Api.as("reporter").post("claims", "{\"statement\":" + q(statement) + ",\"desk\":\"europe\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json();
    }

    private static void triage(JsonNode claim) {
        Api.Reply reply = Api.as("editor")
                .post(
                        "claims/" + claim.path("id").asLong() + "/transitions",
                        "{\"transition\":\"TRIAGE\",\"version\":"
                                + claim.path("version").asLong() + "}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }
}
