package org.factdesk.web.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The API's data shapes: records only, never entities. A claim shows "X said Y" in two parts — {@code
 * attribution} (who said it, and whether that they said it is established) and {@code assertion} (what was
 * said, and whether that is established).
 */
public final class Dtos {

    private Dtos() {}

    /**
     * A page of a list. {@code next} and {@code previous}, where the list has them, open the neighbouring pages by
     * their rows' keys ({@code ?after=next&page=page+1}, {@code ?before=previous&page=page-1}): as fast on page
     * 2,000 as on page 1, and nothing skipped or shown twice when rows are added meanwhile.
     */
    public record PageDto<T>(List<T> items, int page, int size, long total, String next, String previous) {}

    public record DeskDto(String code, String name) {}

    /**
     * The organisation the fact-checks are published under: {@code saved} false while the server's settings
     * apply; {@code version} to send back with a change; who saved it, and when.
     */
    public record PublisherDto(
            String name, String url, String logo, boolean saved, long version, String savedBy, Instant savedAt) {}

    public record UserDto(String username, String displayName, Set<String> roles) {}

    public record ClaimantDto(String name, String kind, String role, String affiliation) {}

    public record AttributionDto(ClaimantDto claimant, String verb, String check) {}

    /** The underlying assertion: UNVERIFIED until a verdict is published, then the rating's code. */
    public record AssertionDto(String statement, String verification) {}

    public record SourceDto(
            Long id, String publisher, String headline, String url, String dateline, LocalDate publishedOn) {}

    public record HedgeDto(String kind, String text) {}

    public record AppearanceDto(SourceDto source, String excerpt, Integer start, Integer end, List<HedgeDto> hedges) {}

    public record GradeDto(String reliability, int credibility, String code) {}

    /**
     * A piece of evidence; {@code shownPublicly} when the desk shows it on the public fact-check (internal
     * otherwise), {@code version} to send back when changing that.
     */
    public record EvidenceDto(
            Long id,
            long version,
            String url,
            String description,
            String kind,
            String stance,
            GradeDto grade,
            boolean shownPublicly,
            String addedBy,
            Instant addedAt) {}

    public record RatingDto(String code, String label, BigDecimal score, String description) {}

    public record VerdictDto(
            RatingDto rating,
            String summary,
            String explanation,
            String sourcesCited,
            String draftedBy,
            String approvedBy,
            Instant approvedAt,
            Instant publishedAt,
            String correctionNote) {}

    public record HistoryDto(
            Instant at, String actor, String kind, String subject, String from, String to, String text) {}

    public record CommentDto(Long id, String author, Instant at, String text) {}

    public record ClaimSummaryDto(
            Long id,
            long version,
            String statement,
            String status,
            String priority,
            Instant dueAt,
            boolean overdue,
            DeskDto desk,
            UserDto assignee,
            String claimant,
            Double checkWorthiness,
            Instant createdAt,
            Instant modifiedAt) {}

    public record ClaimDto(
            Long id,
            long version,
            String statement,
            String quote,
            String language,
            Set<String> tags,
            String priority,
            Instant dueAt,
            boolean overdue,
            DeskDto desk,
            UserDto assignee,
            String status,
            Double checkWorthiness,
            AttributionDto attribution,
            AssertionDto assertion,
            List<AppearanceDto> appearances,
            List<EvidenceDto> evidence,
            VerdictDto verdict,
            List<HistoryDto> history,
            List<CommentDto> comments,
            List<String> allowedTransitions,
            PermissionsDto permissions,
            Instant createdAt,
            String createdBy,
            Instant modifiedAt,
            String modifiedBy,
            ClaimRefDto duplicateOf) {}

    /**
     * What the caller may do with the claim besides its moves, as the service decides it: write the verdict draft
     * and add or show evidence (with the message key of the reason when not), and whether they drafted the
     * verdict (four eyes: somebody else approves it).
     */
    public record PermissionsDto(
            boolean mayDraft,
            String draftRefusal,
            boolean mayChangeEvidence,
            String evidenceRefusal,
            boolean drafter) {}

    /** Another claim, by id and statement: the original a duplicate repeats. */
    public record ClaimRefDto(Long id, String statement) {}

    // ---- intake ----

    public record OffsetsDto(int start, int end) {}

    public record SpeakerDto(String speaker, String role, String organisation, String verb) {}

    public record HedgeSpanDto(String text, String kind, OffsetsDto offsets) {}

    public record AnalyzedSentenceDto(
            int index,
            String text,
            OffsetsDto offsets,
            double checkWorthiness,
            boolean candidate,
            SpeakerDto attribution,
            String assertion,
            List<HedgeSpanDto> hedges) {}

    public record ArticleSourceDto(
            String publisher, String headline, String url, String publishedAt, String dateline) {}

    public record AnalysisDto(
            ArticleSourceDto source, int length, double candidateThreshold, List<AnalyzedSentenceDto> sentences) {}

    /** Scores in the order sent, and the threshold from which the model counts a sentence as check-worthy. */
    public record ScoresDto(List<Double> scores, double threshold) {}

    /** An existing claim resembling a text; {@code level} is MATCH (a duplicate) or SUGGEST. */
    public record SimilarClaimDto(Long id, String statement, String status, double score, String level) {}

    /**
     * Claims and imported fact-checks resembling a text. {@code byMeaning}: scored by meaning and words (sentence
     * embeddings loaded); false: by words alone, on the word scale with its own thresholds.
     */
    public record SimilarClaimsDto(
            double suggestThreshold,
            double matchThreshold,
            boolean byMeaning,
            List<SimilarClaimDto> claims,
            List<CheckedElsewhereDto> checkedElsewhere) {}

    /** A fact-check another organisation published, imported from its ClaimReview. */
    public record ExternalFactCheckDto(
            Long id,
            String url,
            String claimReviewed,
            String checkedBy,
            String reviewerUrl,
            String ratingName,
            Double ratingValue,
            Double bestRating,
            Double worstRating,
            String claimant,
            LocalDate claimDate,
            String appearanceUrl,
            String headline,
            String language,
            LocalDate datePublished,
            LocalDate dateModified,
            String importedFrom,
            Instant importedAt,
            String importedBy) {}

    /** An imported fact-check on a claim resembling the text, and how much (0–1). */
    public record CheckedElsewhereDto(double score, ExternalFactCheckDto factCheck) {}

    /** What an import did: reviews received, how many were new, how many updated what was held. */
    public record ImportResultDto(int received, int created, int updated, List<ExternalFactCheckDto> factChecks) {}

    /** {@code {"url": …}}: a page or feed to read ClaimReviews from. */
    public record ImportFromInput(String url) {}

    public record FeedDto(Long id, String url, String title, Instant lastPolledAt, boolean active) {}

    public record FeedImportDto(Long feedId, String title, int read, int imported) {}

    public record SearchIndexDto(
            String phase, long done, long total, int percent, String startedAt, String finishedAt, String failure) {}

    // ---- input ----

    public record TransitionInput(String transition, Long version, String reason, String assignee) {}

    public record VerdictInput(String rating, String summary, String explanation, String sourcesCited, Long version) {}

    public record CommentInput(String text) {}

    public record AttributionCheckInput(String check, Long version) {}

    /** One action for many claims: {@code action} is ASSIGN, SET_PRIORITY, SET_DUE, MOVE_TO_DESK, ADD_TAG, TRIAGE or DISMISS. */
    public record BulkInput(
            List<Long> ids,
            String action,
            String assignee,
            String priority,
            Instant dueAt,
            String desk,
            String tag,
            String reason) {}

    public record BulkItemDto(long id, boolean done, String code, String message) {}

    public record BulkReplyDto(long done, long refused, List<BulkItemDto> items) {}

    public record AnalyzeInput(String text, ArticleSourceDto source) {}

    public record ScoreInput(List<String> sentences) {}

    public record SimilarInput(String text) {}

    public record FeedInput(String url) {}

    /** The organisation to publish under, from the {@code version} last seen; url and logo may be empty. */
    public record PublisherInputDto(String name, String url, String logo, Long version) {}

    /** New evidence; internal unless {@code shownPublicly} is true. */
    public record EvidenceInput(
            String url,
            String description,
            String kind,
            String stance,
            String reliability,
            Integer credibility,
            Boolean shownPublicly) {}

    /** Shows a piece of evidence on the public fact-check, or makes it internal, from the {@code version} seen. */
    public record EvidenceVisibilityInput(Boolean shownPublicly, Long version) {}
}
