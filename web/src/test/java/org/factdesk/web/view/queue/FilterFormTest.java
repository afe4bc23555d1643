package org.factdesk.web.view.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.factdesk.model.claim.ClaimStatus;
import org.factdesk.service.queue.ClaimFilter;
import org.junit.jupiter.api.Test;

class FilterFormTest {

    @Test
    void aFilterShownInTheFormComesBackUnchanged() {
        ClaimFilter shown = ClaimFilter.all()
                .withStatuses(Set.of(ClaimStatus.NEW, ClaimStatus.TRIAGED))
                .withDesk("europe")
                .withText("schools")
                .withAssignee("amira")
                .withAttributedOnly(true)
                .withOverdueOnly(true);
        FilterForm form = new FilterForm();

        form.show(shown, "amira");

        assertThat(form.getMine()).isTrue();
        assertThat(form.getUnassigned())
                .as("off is null, so the form sends nothing")
                .isNull();
        assertThat(form.toFilter(shown, "amira")).isEqualTo(shown);
    }

    @Test
    void anotherUsersQueueFromASharedLinkKeepsItsAssigneeAndMineMakesItTheUsers() {
        ClaimFilter shared = ClaimFilter.all().withAssignee("ben");
        FilterForm form = new FilterForm();
        form.show(shared, "amira");
        assertThat(form.getMine()).isNull();
        assertThat(form.toFilter(shared, "amira").assignee()).isEqualTo("ben");

        form.setMine(true);
        assertThat(form.toFilter(shared, "amira").assignee()).isEqualTo("amira");
    }

    @Test
    void blankTextAndDeskMeanNoFilter() {
        FilterForm form = new FilterForm();
        form.setStatuses(null);
        form.setText("  ");
        form.setDesk("");

        assertThat(form.toFilter(ClaimFilter.all(), "amira")).isEqualTo(ClaimFilter.all());
    }
}
