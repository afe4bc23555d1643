package org.factdesk.ear.browser;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Two people at once, in two real browsers against the real EAR: a claim page that is changed under its
 * reader's hands says so live and refuses a stale save by naming who changed it, keeping what was typed; and a
 * mention in a comment lights the mentioned colleague's bell. Claims are made fresh through the API.
 */
@ExtendWith(ArquillianExtension.class)
class CollaborationIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final String token = UUID.randomUUID().toString().substring(0, 8);
    private final Path screenshots = Path.of(System.getProperty("factdesk.screenshots", "target/screenshots"));

    @BeforeEach
    void needsBrowser() {
        EditorPages.assumeBrowserInstalled(CollaborationIT.class);
    }

    @Test
    void secondEditorSeesTheChangeLiveAndCannotOverwriteIt() {
        long id = newClaim("Collaboration probe " + token + ": the ministry says 40 posts were hit overnight.");
        String reason = "Same strike as the claim filed this morning (" + token + ")";

        try (EditorPages editor = new EditorPages(Deployments.BASE);
                EditorPages editor2 = new EditorPages(Deployments.BASE)) {
            editor.logIn("editor", Deployments.DEMO_PASSWORD);
            editor.openClaim(id);
            editor.waitForPush("claims");
            editor2.logIn("editor2", Deployments.DEMO_PASSWORD);
            editor2.openClaim(id);

            editor.openMoveDialog("Dismiss");
            editor.type("transitionForm:reason", reason);

            editor2.move("Triage", "Triaged");

            String notice = editor.waitForText("#conflictForm .conflict", "Changed by Ben Okafor — reload to see it");
            assertThat(notice).doesNotContain("Amira");
            assertThat(editor.text("#status"))
                    .as("unsaved input keeps the page as it was")
                    .isEqualTo("Unverified");

            editor.click("#transitionForm\\:confirm");
            String conflict = editor.waitForText("#transitionForm .conflict", "Changed by Ben Okafor at");
            assertThat(conflict).contains("nothing you sent was saved");
            assertThat(editor.value("transitionForm:reason")).isEqualTo(reason);
            editor.screenshot(screenshots.resolve("conflict.png"));
        }
        JsonNode claim = Api.as("editor").get("claims/" + id).json();
        assertThat(claim.path("status").asText())
                .as("the stale dismissal changed nothing")
                .isEqualTo("TRIAGED");
    }

    @Test
    void mentionLightsTheMentionedUsersBell() {
        String statement = "Mention probe " + token + ": 12 civilians died in the shelling of the market.";
        long id = newClaim(statement);

        try (EditorPages checker = new EditorPages(Deployments.BASE);
                EditorPages editor = new EditorPages(Deployments.BASE)) {
            checker.logIn("checker", Deployments.DEMO_PASSWORD);
            checker.open("notification/index.xhtml");
            if (checker.present("#notifications\\:markAllRead")) {
                checker.click("#notifications\\:markAllRead");
            }
            checker.waitUntilAbsent("#unreadCount");
            checker.waitForPush("notifications");

            editor.logIn("editor", Deployments.DEMO_PASSWORD);
            editor.openClaim(id);
            editor.type("commentForm:comment", "@checker please look at the casualty figure");
            editor.click("#commentForm\\:addComment");
            assertThat(editor.waitForText("#commentList .mention", "@checker")).isEqualTo("@checker");

            assertThat(checker.waitForText("#unreadCount", "1"))
                    .as("pushed to the bell without a reload")
                    .isEqualTo("1");
            checker.open("notification/index.xhtml");
            assertThat(checker.text("#unreadCount")).isEqualTo("1");
            assertThat(checker.texts(".notification.unread")).hasSize(1);
            assertThat(checker.text(".notification.unread .claim-link")).isEqualTo("Amira Haddad mentioned you");
            assertThat(checker.text(".notification.unread .notification-text"))
                    .isEqualTo("@checker please look at the casualty figure");
            assertThat(checker.attribute(".notification.unread .claim-link", "href"))
                    .endsWith("?id=" + id);

            checker.click(".notification.unread .claim-link");
            checker.waitForText("#statement", statement);
            checker.open("notification/index.xhtml");
            checker.click(".notification.unread .mark-read");
            checker.waitUntilAbsent("#unreadCount");
        }
    }

    private static long newClaim(String statement) {
        Api.Reply created =
                Api.as("reporter").post("claims", "{\"statement\":" + Api.q(statement) + ",\"desk\":\"middle-east\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asLong();
    }
}
