package org.factdesk.ear.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.factdesk.ear.Api;
import org.factdesk.ear.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole life of an attributed claim in two real browsers against the real EAR: triage and assignment,
 * graded evidence, a mention, a verdict drafted and submitted, four eyes refusing the drafter, a send-back, a
 * redraft whose changed summary the approver sees old → new, approval and publication. The claim is made fresh
 * through the API, so nothing depends on what other tests did to the shared data.
 */
@ExtendWith(ArquillianExtension.class)
class VerdictPathIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void claimGoesFromTriageThroughFourEyesToPublished() {
        EditorPages.assumeBrowserInstalled(VerdictPathIT.class);
        String token = UUID.randomUUID().toString().substring(0, 8);
        String statement =
                "Rebels killed Russian officers in an attack in southern Idlib (verdict path " + token + ").";
        Api.Reply created = Api.as("reporter").post("claims", """
                {"statement": %s, "desk": "middle-east",
                 "attribution": {"name": "Naji al-Mustafa", "role": "spokesman",
                                 "affiliation": "National Front for Liberation", "verb": "said"},
                 "appearance": {"source": {"publisher": "Dawn"},
                                "excerpt": "A spokesman for the NFL, Naji al-Mustafa, said the rebels killed Russian officers.",
                                "hedges": [{"kind": "UNVERIFIED", "text": "The report could not be independently verified"}]}}
                """.formatted(Api.q(statement)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        Path screenshots = Path.of(System.getProperty("factdesk.screenshots", "target/screenshots"));
        String evidence = "Russian MoD daily briefing lists no officer casualties in Idlib (" + token + ")";
        String firstSummary = "No Russian officer deaths in Idlib are confirmed by any source (" + token + ").";
        String secondSummary =
                "Neither Moscow nor independent monitors confirm any Russian officer deaths (" + token + ").";

        try (EditorPages editor2 = new EditorPages(Deployments.BASE);
                EditorPages editor = new EditorPages(Deployments.BASE)) {
            editor2.logIn("editor2", Deployments.DEMO_PASSWORD);
            editor2.openClaim(id);
            editor2.move("Triage", "Triaged");
            editor2.openMoveDialog("Assign");
            editor2.choose("transitionForm:assignee", "Amira Haddad");
            editor2.click("#transitionForm\\:confirm");
            editor2.waitForText("#status", "In review");
            assertThat(editor2.text("#assignee")).isEqualTo("Amira Haddad");

            // the page offers what the service allows: another fact-checker may add evidence but not draft, and
            // is told why; the reporter who filed the claim gets neither the verdict form nor the evidence button
            editor2.logOut();
            editor2.logIn("checker", Deployments.DEMO_PASSWORD);
            editor2.openClaim(id);
            assertThat(editor2.present("#verdictForm")).isFalse();
            assertThat(editor2.text("#draftNotYours")).contains("assigned fact-checker or an editor");
            assertThat(editor2.present("#actions\\:addEvidence")).isTrue();
            editor2.logOut();
            editor2.logIn("reporter", Deployments.DEMO_PASSWORD);
            editor2.openClaim(id);
            assertThat(editor2.present("#verdictForm")).isFalse();
            assertThat(editor2.present("#draftNotYours")).isFalse();
            assertThat(editor2.present("#actions\\:addEvidence")).isFalse();
            editor2.logOut();
            editor2.logIn("editor2", Deployments.DEMO_PASSWORD);

            editor.logIn("editor", Deployments.DEMO_PASSWORD);
            editor.openClaim(id);
            editor.click("#actions\\:addEvidence");
            editor.waitVisible("#evidenceForm\\:description");
            editor.type("evidenceForm:description", evidence);
            editor.type("evidenceForm:url", "https://example.org/mod-briefing-" + token);
            editor.choose("evidenceForm:kind", "Official statement");
            editor.choose("evidenceForm:stance", "Refutes");
            editor.choose("evidenceForm:reliability", "B – Usually reliable");
            editor.choose("evidenceForm:credibility", "3 – Possibly true");
            // shown on the public fact-check: ticked with the keyboard
            editor.pressSpace("evidenceForm:shownPublicly_input");
            assertThat(editor.script(
                            "return document.getElementById(arguments[0]).checked", "evidenceForm:shownPublicly_input"))
                    .isEqualTo(true);
            editor.screenshot(screenshots.resolve("evidence-dialog.png"));
            editor.click("#evidenceForm\\:saveEvidence");
            assertThat(editor.waitForText("#evidence", evidence)).contains("Refutes", "B3", "Public");
            // and taken back: internal again
            editor.click("#evidence .toggle-shown");
            assertThat(editor.waitForText("#evidence td.visibility", "Internal"))
                    .doesNotContain("Public");

            editor.type("commentForm:comment", "@checker can you find the NFL's original statement?");
            editor.click("#commentForm\\:addComment");
            assertThat(editor.waitForText("#commentList .mention", "@checker")).isEqualTo("@checker");

            editor.choose("verdictForm:rating", "False");
            editor.type("verdictForm:summary", firstSummary);
            editor.type("verdictForm:explanation", "The claim rests on a single rebel spokesman.");
            editor.type("verdictForm:sources", "Russian MoD briefing; SOHR daily toll");
            editor.click("#verdictForm\\:saveDraft");
            editor.waitForText("#verdict .summary", firstSummary);
            editor.move("Submit for approval", "Awaiting approval");

            editor.waitVisible("#approval");
            assertThat(editor.moves()).doesNotContain("Approve");
            assertThat(editor.present("#approvalForm\\:approve"))
                    .as("no Approve for the drafter")
                    .isFalse();
            assertThat(editor.text("#fourEyes")).contains("You drafted this verdict; another editor must approve it");

            editor2.openClaim(id);
            editor2.waitVisible("#approval");
            assertThat(editor2.present("#fourEyes")).isFalse();
            assertThat(editor2.text("#approval .change-summary .new")).isEqualTo(firstSummary);
            assertThat(editor2.text("#approval .change-rating .new")).isEqualTo("False");
            assertThat(editor2.text("#approval .change-summary .before")).isEqualTo("(new)");
            editor2.screenshot(screenshots.resolve("verdict-approval.png"));
            editor2.click("#approvalForm\\:sendBack");
            editor2.waitVisible("#transitionForm\\:reason");
            editor2.type("transitionForm:reason", "Say who could confirm it, not only who did not.");
            editor2.click("#transitionForm\\:confirm");
            editor2.waitForText("#status", "In review");

            editor.openClaim(id);
            editor.type("verdictForm:summary", secondSummary);
            editor.click("#verdictForm\\:saveDraft");
            editor.waitForText("#verdict .summary", secondSummary);
            editor.move("Submit for approval", "Awaiting approval");

            editor2.openClaim(id);
            editor2.waitVisible("#approval");
            assertThat(editor2.text("#approval .change-summary .old")).isEqualTo(firstSummary);
            assertThat(editor2.text("#approval .change-summary .new")).isEqualTo(secondSummary);
            assertThat(editor2.present("#approval .change-rating"))
                    .as("the rating did not change")
                    .isFalse();
            assertThat(editor2.present("#approval .change-sourcesCited")).isFalse();
            editor2.click("#approvalForm\\:approve");
            editor2.waitForText("#status", "Approved");
            editor2.move("Publish", "Published");
            assertThat(editor2.text("#assertion .verification"))
                    .contains("False")
                    .doesNotContain("Unverified");
        }
        assertThat(Api.as("editor").get("claims/" + id).json().path("status").asText())
                .isEqualTo("PUBLISHED");
    }
}
