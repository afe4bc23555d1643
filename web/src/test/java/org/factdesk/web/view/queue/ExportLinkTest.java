package org.factdesk.web.view.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.factdesk.model.claim.ClaimStatus;
import org.factdesk.service.queue.ClaimFilter;
import org.junit.jupiter.api.Test;

class ExportLinkTest {

    @Test
    void carriesEveryFilterInTheApiParameters() {
        ClaimFilter filter = ClaimFilter.all()
                .withStatuses(Set.of(ClaimStatus.TRIAGED, ClaimStatus.NEW))
                .withDesk("europe")
                .withAssignee("editor")
                .withText("fuel & gas")
                .withAttributedOnly(true)
                .withOverdueOnly(true);
        assertThat(ExportLink.query(filter, true))
                .isEqualTo("status=NEW,TRIAGED&desk=europe&q=fuel+%26+gas&assignee=me&attributed=true&overdue=true");
    }

    @Test
    void anUnfilteredQueueExportsEverything() {
        assertThat(ExportLink.query(ClaimFilter.all(), false)).isEmpty();
    }
}
