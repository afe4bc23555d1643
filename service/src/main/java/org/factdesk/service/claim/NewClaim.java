package org.factdesk.service.claim;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.factdesk.model.claim.Appearance;
import org.factdesk.model.claim.Attribution;
import org.factdesk.model.claim.Claim;
import org.factdesk.model.claim.Claimant;
import org.factdesk.model.claim.ClaimantKind;
import org.factdesk.model.claim.Hedge;
import org.factdesk.model.claim.HedgeKind;
import org.factdesk.model.claim.Priority;
import org.factdesk.model.common.WebAddress;
import org.factdesk.model.source.Source;

/** What it takes to open a claim: the statement, the desk, and optionally who said it and where it appeared. */
public record NewClaim(
        @NotBlank @Size(max = Claim.STATEMENT_MAX) String statement,
        @Size(max = Claim.QUOTE_MAX) String quote,

        @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,4})?", message = "{Claim.language.pattern}")
        String language,

        @NotBlank String desk,
        Priority priority,
        Instant dueAt,

        @Size(max = NewClaim.TAGS_MAX, message = "{NewClaim.tags.size}")
        Set<@NotBlank @Size(max = Claim.TAG_MAX) String> tags,

        @DecimalMin("0.0") @DecimalMax("1.0") Double checkWorthiness,
        @Valid Speaker attribution,
        @Valid Placement appearance) {

    /** "X said": the claimant and the reporting verb the report used. */
    public record Speaker(
            @NotBlank @Size(max = Claimant.NAME_MAX) String name,
            ClaimantKind kind,
            @Size(max = Claimant.ROLE_MAX) String role,
            @Size(max = Claimant.AFFILIATION_MAX) String affiliation,
            @NotBlank @Size(max = Attribution.VERB_MAX) String verb) {}

    /** Where it appeared: an existing source by id, or a new one described inline; the excerpt and its hedges. */
    public record Placement(
            Long sourceId,
            @Valid NewSource source,
            @NotBlank @Size(max = Appearance.EXCERPT_MAX) String excerpt,
            Integer start,
            Integer end,

            @Size(max = NewClaim.HEDGES_MAX, message = "{NewClaim.hedges.size}")
            List<@Valid Caveat> hedges) {}

    /** At most this many tags on a new claim, and hedges on its appearance: more is a mistake or an attack. */
    public static final int TAGS_MAX = 20;

    public static final int HEDGES_MAX = 20;

    public record Caveat(
            HedgeKind kind,
            @NotBlank @Size(max = Hedge.TEXT_MAX) String text) {}

    public record NewSource(
            @NotBlank @Size(max = Source.PUBLISHER_MAX) String publisher,
            @Size(max = Source.HEADLINE_MAX) String headline,
            @Size(max = Source.URL_MAX) @WebAddress String url,
            @Size(max = Source.DATELINE_MAX) String dateline,
            java.time.LocalDate publishedOn,
            @Size(max = Source.BODY_MAX) String body) {}
}
