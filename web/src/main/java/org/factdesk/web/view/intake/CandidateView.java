package org.factdesk.web.view.intake;

import java.io.Serializable;
import java.util.List;
import org.factdesk.service.intake.AnalyzedSentence;
import org.factdesk.service.intake.CheckedElsewhere;
import org.factdesk.service.intake.SimilarClaim;

/**
 * A candidate claim as the page lists it: the analysed sentence, the existing claims it resembles, and the
 * fact-checks other organisations published on claims like it.
 */
public record CandidateView(AnalyzedSentence sentence, List<SimilarClaim> similar, List<CheckedElsewhere> checked)
        implements Serializable {

    public String getSpeaker() {
        return sentence.attribution().map(a -> a.speaker()).orElse(null);
    }

    public String getRole() {
        return sentence.attribution().map(a -> a.role()).orElse(null);
    }

    public String getOrganisation() {
        return sentence.attribution().map(a -> a.organisation()).orElse(null);
    }

    public String getVerb() {
        return sentence.attribution().map(a -> a.verb()).orElse(null);
    }

    public String getAssertion() {
        return sentence.assertion().orElse(null);
    }
}
