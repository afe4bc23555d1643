package org.factdesk.service.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdesk.model.claim.ClaimStatus;
import org.junit.jupiter.api.Test;

/** A queue's filter has one URL form, written and read in one place, for the page, the API and saved searches. */
class QueueLinkTest {

    private static final ClaimFilter EVERYTHING_SET = ClaimFilter.all()
            .withStatuses(Set.of(ClaimStatus.TRIAGED, ClaimStatus.NEW))
            .withDesk("europe")
            .withAssignee("editor")
            .withText("fuel & gas")
            .withAttributedOnly(true)
            .withOverdueOnly(true);

    @Test
    void everyPartIsWrittenInTheApiParametersAndTheCallersOwnQueueAsMe() {
        assertThat(QueueLink.query(EVERYTHING_SET, "editor"))
                .isEqualTo("status=NEW,TRIAGED&desk=europe&q=fuel+%26+gas&assignee=me&attributed=true&overdue=true");
        assertThat(QueueLink.query(EVERYTHING_SET, "checker")).contains("assignee=editor");
        assertThat(QueueLink.query(ClaimFilter.all(), "editor")).isEmpty();
    }

    @Test
    void whatIsWrittenReadsBackAsTheSameFilter() {
        assertThat(read(QueueLink.query(EVERYTHING_SET, "editor"), "editor")).isEqualTo(EVERYTHING_SET);
        ClaimFilter unassigned = ClaimFilter.all().withUnassigned(true).withStatuses(Set.of(ClaimStatus.NEW));
        assertThat(read(QueueLink.query(unassigned, "editor"), "editor")).isEqualTo(unassigned);
    }

    @Test
    void repeatedOrCommaSeparatedStatusesAndTheOldMineReadTheSame() {
        assertThat(read("status=NEW&status=triaged&mine=true", "checker"))
                .isEqualTo(ClaimFilter.all()
                        .withStatuses(Set.of(ClaimStatus.NEW, ClaimStatus.TRIAGED))
                        .withAssignee("checker"));
        assertThatThrownBy(() -> read("status=NEW,SOMETIMES", "checker"))
                .isInstanceOfSatisfying(QueueLink.BadValue.class, bad -> {
                    assertThat(bad.parameter()).isEqualTo("status");
                    assertThat(bad.value()).isEqualTo("SOMETIMES");
                });
    }

    private static ClaimFilter read(String query, String caller) {
        Map<String, List<String>> parameters = new HashMap<>();
        for (String pair : query.split("&")) {
            String[] nameValue = pair.split("=", 2);
            parameters
                    .computeIfAbsent(nameValue[0], n -> new ArrayList<>())
                    .add(URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8));
        }
        return QueueLink.filter(parameters::get, caller);
    }
}
