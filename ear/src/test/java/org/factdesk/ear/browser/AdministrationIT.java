package org.factdesk.ear.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import org.factdesk.ear.Api;
import org.factdesk.ear.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Administration in a real browser: the admin creates a fact-checker who can then log in and work the queue,
 * adds a desk, adds and retires a rating (which leaves the scale the API offers), sets the organisation the
 * public fact-checks are published under; an editor is refused both on the pages and on the API. Every name carries a fresh token, because the database is shared with other tests.
 */
@ExtendWith(ArquillianExtension.class)
class AdministrationIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void adminManagesUsersDesksAndTheRatingScale() {
        EditorPages.assumeBrowserInstalled(AdministrationIT.class);
        String token = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String username = "fc-" + token;
        String displayName = "Checker " + token;
        String password = "checker-pw-" + token;
        String deskCode = "desk-" + token;
        String ratingCode = "R_" + token.toUpperCase(Locale.ROOT);
        Path screenshots = Path.of(System.getProperty("factdesk.screenshots", "target/screenshots"));

        try (EditorPages pages = new EditorPages(Deployments.BASE)) {
            pages.logIn("admin", Deployments.DEMO_PASSWORD);
            assertThat(pages.present("#menuAdmin")).isTrue();

            pages.open("admin/users.xhtml");
            pages.type("newUser:username", username);
            pages.type("newUser:displayName", displayName);
            pages.type("newUser:email", username + "@example.org");
            pages.type("newUser:password", "short");
            pages.clickLabel("#newUser\\:roles", "Fact-checker");
            pages.click("#newUser\\:create");
            assertThat(pages.waitForText("#newUser", "at least 10 characters")).contains("at least 10 characters");
            pages.type("newUser:password", password);
            pages.click("#newUser\\:create");
            String row = pages.waitForText("tr.user-row[data-username='" + username + "']", displayName);
            assertThat(row).contains("Fact-checker", "Active");
            pages.screenshot(screenshots.resolve("admin-users.png"));

            // deactivated, the new user's very next call is refused; reactivated, let in again (users are read
            // from the second-level cache, which the change itself must update)
            assertThat(Api.as(username, password).get("me").status()).isEqualTo(200);
            pages.click("tr.user-row[data-username='" + username + "'] .choose");
            pages.click("#chosenUser\\:toggleActive");
            pages.waitForText("tr.user-row[data-username='" + username + "'] .state", "Deactivated");
            assertThat(Api.as(username, password).get("me").status()).isEqualTo(401);
            pages.click("#chosenUser\\:toggleActive");
            pages.waitForText("tr.user-row[data-username='" + username + "'] .state", "Active");
            assertThat(Api.as(username, password).get("me").status()).isEqualTo(200);

            pages.click("tr.user-row[data-username='admin'] .choose");
            pages.click("#chosenUser\\:toggleActive");
            assertThat(pages.waitForText(".ui-growl", "cannot deactivate yourself"))
                    .contains("cannot deactivate yourself");
            assertThat(pages.text("tr.user-row[data-username='admin'] .state")).isEqualTo("Active");

            pages.open("admin/desks.xhtml");
            pages.type("newDesk:code", deskCode);
            pages.type("newDesk:name", "Desk " + token);
            pages.click("#newDesk\\:create");
            pages.waitForText("tr.desk-row[data-code='" + deskCode + "']", deskCode);
            assertThat(Api.as("editor").get("desks").body()).contains(deskCode);

            pages.open("admin/ratings.xhtml");
            pages.type("newRating:code", ratingCode);
            pages.type("newRating:label", "Label " + token);
            pages.type("newRating:score", "0.6");
            pages.type("newRating:position", "990");
            pages.click("#newRating\\:add");
            String ratingRow = "tr.rating-row[data-code='" + ratingCode + "']";
            pages.waitForText(ratingRow + " .state", "Offered");
            assertThat(Api.as("editor").get("ratings").body()).contains(ratingCode);
            pages.click(ratingRow + " .toggle");
            pages.waitForText(ratingRow + " .state", "Retired");
            pages.screenshot(screenshots.resolve("admin-ratings.png"));
            Api.Reply ratings = Api.as("editor").get("ratings");
            assertThat(ratings.status()).isEqualTo(200);
            assertThat(ratings.body()).doesNotContain(ratingCode).contains("MOSTLY_FALSE");

            // the organisation the public fact-checks are published under: a bad address is refused next to
            // its field and nothing changes; a good one shows on the public pages at once
            String organisation = "Newsroom " + token;
            pages.click("#adminPublisher");
            pages.waitForText("h1", "Publisher");
            String before = Api.as("admin").get("admin/publisher").body();
            pages.type("publisher:name", organisation);
            pages.type("publisher:url", "https://news.example/" + token);
            pages.type("publisher:logo", "logo.png");
            pages.click("#publisher\\:save");
            assertThat(pages.waitForText("#publisher", "full web address")).contains("full web address");
            assertThat(pages.text(".field:has(#publisher\\:logo)")).contains("full web address");
            assertThat(pages.text(".field:has(#publisher\\:url)")).doesNotContain("full web address");
            assertThat(Api.as("admin").get("admin/publisher").body()).isEqualTo(before);
            pages.type("publisher:logo", "");
            pages.click("#publisher\\:save");
            assertThat(pages.waitForText("#publisher\\:state", "Saved by")).contains("Sam Admin");
            pages.openPlain("fact-checks/");
            assertThat(pages.text(".public-header .brand")).isEqualTo(organisation);
            assertThat(pages.attribute(".public-header a.brand", "href")).isEqualTo("https://news.example/" + token);
            // and back to the server's settings, so that other tests see the default organisation
            pages.open("admin/publisher.xhtml");
            pages.click("#publisher\\:useDefaults");
            pages.waitForText("#publisher\\:state", "Not saved yet");
            assertThat(Api.as("admin")
                            .get("admin/publisher")
                            .json()
                            .path("saved")
                            .asBoolean())
                    .isFalse();
            pages.logOut();

            pages.logIn(username, password);
            pages.open("queue/index.xhtml");
            assertThat(pages.present("#queue\\:claims")).isTrue();
            assertThat(pages.text("#currentUser")).contains(displayName);
            assertThat(pages.present("#menuAdmin")).isFalse();
            pages.logOut();

            pages.logIn("editor", Deployments.DEMO_PASSWORD);
            assertThat(pages.present("#menuAdmin")).isFalse();
            pages.openPlain("admin/users.xhtml");
            assertThat(pages.text("h1")).isEqualTo("Not allowed");
            assertThat(pages.present("#newUser\\:create")).isFalse();
        }

        Api.Reply refused = Api.as("editor").get("admin/users");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(Api.as("editor")
                        .put("admin/publisher", "{\"name\":\"Mine\",\"version\":0}")
                        .status())
                .isEqualTo(403);
        assertThat(Api.as(username, password).get("admin/users").status()).isEqualTo(403);
        Api.Reply listed = Api.as("admin").get("admin/users");
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        assertThat(listed.body()).contains(username);
    }
}
