package org.factdesk.web.view.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.factdesk.service.claim.NewClaim;
import org.junit.jupiter.api.Test;

class ClaimFormTest {

    @Test
    void theSelectedPassageIsTheQuoteAndTheExcerptAtItsOffsets() {
        ClaimForm form = new ClaimForm();
        form.setStart(10);
        form.setEnd(30);
        form.setSelection("Unemployment fell.");
        form.setStatement("  Unemployment fell to 3.1 percent.  ");
        form.setDesk("europe");
        form.setSpeaker(" Carmen Vella ");
        form.setRole(" ");
        form.setVerb("said");

        NewClaim claim = form.toNewClaim(7);

        assertThat(claim.statement()).isEqualTo("Unemployment fell to 3.1 percent.");
        assertThat(claim.quote()).isEqualTo("Unemployment fell.");
        assertThat(claim.appearance().sourceId()).isEqualTo(7L);
        assertThat(claim.appearance().excerpt()).isEqualTo("Unemployment fell.");
        assertThat(claim.appearance().start()).isEqualTo(10);
        assertThat(claim.appearance().end()).isEqualTo(30);
        assertThat(claim.attribution().name()).isEqualTo("Carmen Vella");
        assertThat(claim.attribution().role()).as("blank is none").isNull();
    }

    @Test
    void anUnattributedClaimNeedsNoVerbButAnAttributedOneDoes() {
        ClaimForm form = new ClaimForm();
        assertThat(form.isAttributed()).isFalse();
        assertThat(form.hasSelection()).isFalse();
        assertThat(form.hasStatement()).isFalse();

        form.setSpeaker("Carmen Vella");
        assertThat(form.isAttributed()).isTrue();
        assertThat(form.hasVerb()).isFalse();
    }
}
