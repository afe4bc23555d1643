package org.factdesk.web.view.claim;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.factdesk.model.verdict.Rating;
import org.factdesk.model.verdict.Verdict;
import org.factdesk.service.verdict.VerdictDraft;
import org.factdesk.service.verdict.VerdictService;
import org.factdesk.web.view.Feedback;

/**
 * The verdict draft, written while the claim is in review. Starts from the current draft, if any; sends the
 * claim version the page shows, so a draft never overwrites wording somebody else changed meanwhile.
 */
@Named
@ViewScoped
public class VerdictForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of(
            "rating",
            "verdictForm:rating",
            "summary",
            "verdictForm:summary",
            "explanation",
            "verdictForm:explanation",
            "sourcesCited",
            "verdictForm:sources");

    @Inject
    ClaimBacking page;

    @Inject
    ConflictNotice notice;

    @Inject
    VerdictService verdicts;

    @Inject
    Feedback feedback;

    private List<Rating> ratings;
    private String rating;
    private String summary;
    private String explanation;
    private String sourcesCited;

    @PostConstruct
    void init() {
        ratings = verdicts.ratings();
        Verdict current = page.getClaim().getVerdict();
        if (current != null) {
            rating = current.getRating().getCode();
            summary = current.getSummary();
            explanation = current.getExplanation();
            sourcesCited = current.getSourcesCited();
        }
    }

    public void submit() {
        try {
            verdicts.draft(
                    page.getClaimId(), new VerdictDraft(rating, summary, explanation, sourcesCited, page.getVersion()));
            page.reload();
            feedback.info("claim.message.verdictDrafted");
        } catch (RuntimeException e) {
            notice.failed(e, FIELDS);
        }
    }

    public List<Rating> getRatings() {
        return ratings;
    }

    public String getRating() {
        return rating;
    }

    public void setRating(String rating) {
        this.rating = rating;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getExplanation() {
        return explanation;
    }

    public void setExplanation(String explanation) {
        this.explanation = explanation;
    }

    public String getSourcesCited() {
        return sourcesCited;
    }

    public void setSourcesCited(String sourcesCited) {
        this.sourcesCited = sourcesCited;
    }
}
