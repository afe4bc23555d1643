package org.factdesk.service.evidence;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.factdesk.model.evidence.Evidence;
import org.factdesk.model.evidence.EvidenceKind;
import org.factdesk.model.evidence.InformationCredibility;
import org.factdesk.model.evidence.SourceReliability;
import org.factdesk.model.evidence.Stance;

/**
 * A piece of evidence as entered: both Admiralty grades are required and judged independently.
 * {@code shownPublicly} puts it on the public fact-check once the verdict is published; it is internal otherwise.
 */
public record NewEvidence(
        @Size(max = Evidence.URL_MAX) @Pattern(regexp = "(https?://\\S+)?", message = "{Evidence.url.pattern}")
        String url,

        @NotBlank @Size(max = Evidence.DESCRIPTION_MAX) String description,
        @NotNull EvidenceKind kind,
        @NotNull Stance stance,
        @NotNull SourceReliability reliability,
        @NotNull InformationCredibility credibility,
        boolean shownPublicly) {}
