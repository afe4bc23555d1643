package org.factdesk.model.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.factdesk.model.desk.Desk;
import org.junit.jupiter.api.Test;

class PublicSlugTest {

    @Test
    void theAddressWordsAreFixedAtFirstPublicationAndKeptWhenTheStatementChanges() {
        Claim claim = new Claim("Rebel fire killed Russian officers in southern Idlib.", new Desk("me", "Middle East"));
        assertThat(claim.getPublicSlug())
                .as("before publication, from the statement")
                .isEqualTo("rebel-fire-killed-russian-officers-in-southern-idlib");
        claim.fixPublicSlug();
        claim.setStatement("Rebel fire killed two Russian officers near Idlib.");
        assertThat(claim.getPublicSlug()).isEqualTo("rebel-fire-killed-russian-officers-in-southern-idlib");
        claim.fixPublicSlug(); // published again after an unpublish
        assertThat(claim.getPublicSlug()).isEqualTo("rebel-fire-killed-russian-officers-in-southern-idlib");
    }
}
