package org.factdesk.service.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.factdesk.model.verdict.Rating;
import org.factdesk.model.verdict.Verdict;
import org.junit.jupiter.api.Test;

class VerdictChangeTest {

    private static final Rating FALSE = new Rating("FALSE", "False", BigDecimal.ZERO, 50);
    private static final Rating MISLEADING = new Rating("MISLEADING", "Misleading", null, 60);

    private static Verdict verdict(Rating rating, String summary, String explanation, String sources) {
        Verdict verdict = new Verdict(rating, summary, "checker");
        verdict.redraft(rating, summary, explanation, sources, "checker");
        return verdict;
    }

    @Test
    void firstSubmissionShowsEveryFilledFieldAsNew() {
        Verdict now = verdict(FALSE, "No officers died.", null, "MoD statement");

        assertThat(VerdictChange.between(null, now))
                .containsExactly(
                        new VerdictChange("rating", null, "False"),
                        new VerdictChange("summary", null, "No officers died."),
                        new VerdictChange("sourcesCited", null, "MoD statement"));
    }

    @Test
    void resubmissionShowsOnlyWhatChangedOldToNew() {
        Verdict before = verdict(FALSE, "No officers died.", "Nobody confirms it.", "MoD statement");
        Verdict after = verdict(MISLEADING, "No officers died.", "Nobody confirms it.", "MoD statement; UN report");

        assertThat(VerdictChange.between(before, after))
                .containsExactly(
                        new VerdictChange("rating", "False", "Misleading"),
                        new VerdictChange("sourcesCited", "MoD statement", "MoD statement; UN report"));
    }

    @Test
    void blankAndMissingAreTheSameAndAnUnchangedDraftHasNoChanges() {
        Verdict before = verdict(FALSE, "No officers died.", "", null);
        Verdict after = verdict(FALSE, "No officers died.", null, "  ");

        assertThat(VerdictChange.between(before, after)).isEmpty();
    }

    @Test
    void clearingAFieldIsAChangeToNothing() {
        Verdict before = verdict(FALSE, "No officers died.", "Nobody confirms it.", null);
        Verdict after = verdict(FALSE, "No officers died.", null, null);

        assertThat(VerdictChange.between(before, after))
                .containsExactly(new VerdictChange("explanation", "Nobody confirms it.", null));
    }
}
