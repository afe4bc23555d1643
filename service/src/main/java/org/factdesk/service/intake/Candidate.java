package org.factdesk.service.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.factdesk.model.claim.Appearance;
import org.factdesk.service.claim.NewClaim;

/**
 * A candidate sentence someone accepted as a claim: the sentence as printed (the quote) and where, the
 * assertion when the analysis split one off, who said it, the hedges that qualify it, and the article — an
 * existing source by id, or a new one described inline.
 */
public record Candidate(
        @NotBlank String desk,
        @NotBlank @Size(max = Appearance.EXCERPT_MAX) String sentence,
        String assertion,
        Integer start,
        Integer end,
        @DecimalMin("0.0") @DecimalMax("1.0") Double checkWorthiness,
        SpeechAttribution attribution,
        List<Hedge> hedges,
        Long sourceId,
        @Valid NewClaim.NewSource source) {}
