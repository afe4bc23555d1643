package org.factdesk.web.rest;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.factdesk.model.account.UserAccount;
import org.factdesk.model.claim.Appearance;
import org.factdesk.model.claim.Attribution;
import org.factdesk.model.claim.Claim;
import org.factdesk.model.claim.Claimant;
import org.factdesk.model.claim.Comment;
import org.factdesk.model.desk.Desk;
import org.factdesk.model.evidence.Evidence;
import org.factdesk.model.intake.Feed;
import org.factdesk.model.publishing.ExternalFactCheck;
import org.factdesk.model.source.Source;
import org.factdesk.model.verdict.Rating;
import org.factdesk.model.verdict.Verdict;
import org.factdesk.service.claim.ClaimDetail;
import org.factdesk.service.claim.TimelineEntry;
import org.factdesk.service.intake.Analysis;
import org.factdesk.service.intake.AnalyzedSentence;
import org.factdesk.service.intake.CheckedElsewhere;
import org.factdesk.service.intake.SimilarClaim;
import org.factdesk.web.rest.Dtos.AppearanceDto;
import org.factdesk.web.rest.Dtos.AssertionDto;
import org.factdesk.web.rest.Dtos.AttributionDto;
import org.factdesk.web.rest.Dtos.ClaimDto;
import org.factdesk.web.rest.Dtos.ClaimSummaryDto;
import org.factdesk.web.rest.Dtos.ClaimantDto;
import org.factdesk.web.rest.Dtos.CommentDto;
import org.factdesk.web.rest.Dtos.DeskDto;
import org.factdesk.web.rest.Dtos.EvidenceDto;
import org.factdesk.web.rest.Dtos.GradeDto;
import org.factdesk.web.rest.Dtos.HedgeDto;
import org.factdesk.web.rest.Dtos.HistoryDto;
import org.factdesk.web.rest.Dtos.RatingDto;
import org.factdesk.web.rest.Dtos.SourceDto;
import org.factdesk.web.rest.Dtos.UserDto;
import org.factdesk.web.rest.Dtos.VerdictDto;

/** Entities to API records, in one place. */
public final class DtoMapper {

    private DtoMapper() {}

    public static ClaimSummaryDto summary(Claim claim) {
        return new ClaimSummaryDto(
                claim.getId(),
                claim.getVersion(),
                claim.getStatement(),
                claim.getStatus().name(),
                claim.getPriority().name(),
                claim.getDueAt(),
                claim.isOverdue(Instant.now()),
                desk(claim.getDesk()),
                user(claim.getAssignee()),
                claim.isAttributed() ? claim.getAttribution().getClaimant().getName() : null,
                claim.getCheckWorthiness(),
                claim.getCreatedAt(),
                claim.getModifiedAt());
    }

    /**
     * The claim as its reader may see it: where the service says drafts are hidden from them, no unpublished
     * verdict, evidence or comments.
     */
    public static ClaimDto detail(ClaimDetail detail) {
        return detail(detail, detail.permissions().draftsHidden());
    }

    private static ClaimDto detail(ClaimDetail detail, boolean hideDrafts) {
        if (hideDrafts) {
            ClaimDto full =
                    detail(new ClaimDetail(detail.claim(), List.of(), detail.timeline(), detail.permissions()), false);
            return new ClaimDto(
                    full.id(),
                    full.version(),
                    full.statement(),
                    full.quote(),
                    full.language(),
                    full.tags(),
                    full.priority(),
                    full.dueAt(),
                    full.overdue(),
                    full.desk(),
                    full.assignee(),
                    full.status(),
                    full.checkWorthiness(),
                    full.attribution(),
                    full.assertion(),
                    full.appearances(),
                    List.of(),
                    null,
                    full.history(),
                    List.of(),
                    full.allowedTransitions(),
                    full.permissions(),
                    full.createdAt(),
                    full.createdBy(),
                    full.modifiedAt(),
                    full.modifiedBy(),
                    full.duplicateOf());
        }
        Claim claim = detail.claim();
        return new ClaimDto(
                claim.getId(),
                claim.getVersion(),
                claim.getStatement(),
                claim.getQuote(),
                claim.getLanguage(),
                Set.copyOf(claim.getTags()),
                claim.getPriority().name(),
                claim.getDueAt(),
                claim.isOverdue(Instant.now()),
                desk(claim.getDesk()),
                user(claim.getAssignee()),
                claim.getStatus().name(),
                claim.getCheckWorthiness(),
                attribution(claim.getAttribution()),
                assertion(claim),
                claim.getAppearances().stream().map(DtoMapper::appearance).toList(),
                claim.getEvidence().stream().map(DtoMapper::evidence).toList(),
                verdict(claim.getVerdict()),
                detail.timeline().stream().map(DtoMapper::history).toList(),
                detail.comments().stream().map(DtoMapper::comment).toList(),
                detail.availableTransitions().stream().map(Enum::name).toList(),
                new Dtos.PermissionsDto(
                        detail.permissions().mayDraft(),
                        detail.permissions().draftRefusal(),
                        detail.permissions().mayChangeEvidence(),
                        detail.permissions().evidenceRefusal(),
                        detail.permissions().drafter()),
                claim.getCreatedAt(),
                claim.getCreatedBy(),
                claim.getModifiedAt(),
                claim.getModifiedBy(),
                claim.getDuplicateOf() == null
                        ? null
                        : new Dtos.ClaimRefDto(
                                claim.getDuplicateOf().getId(),
                                claim.getDuplicateOf().getStatement()));
    }

    // ---- intake ----

    public static Dtos.AnalysisDto analysis(Analysis analysis, Dtos.ArticleSourceDto source) {
        return new Dtos.AnalysisDto(
                source,
                analysis.text().length(),
                analysis.candidateThreshold(),
                analysis.sentences().stream()
                        .map(s -> sentence(s, analysis.isCandidate(s)))
                        .toList());
    }

    static Dtos.AnalyzedSentenceDto sentence(AnalyzedSentence s, boolean candidate) {
        return new Dtos.AnalyzedSentenceDto(
                s.index(),
                s.text(),
                new Dtos.OffsetsDto(s.start(), s.end()),
                s.checkWorthiness(),
                candidate,
                s.attribution()
                        .map(a -> new Dtos.SpeakerDto(a.speaker(), a.role(), a.organisation(), a.verb()))
                        .orElse(null),
                s.assertion().orElse(null),
                s.hedges().stream()
                        .map(h -> new Dtos.HedgeSpanDto(
                                h.text(), h.kind().name(), new Dtos.OffsetsDto(h.start(), h.end())))
                        .toList());
    }

    public static Dtos.SimilarClaimDto similar(SimilarClaim s) {
        return new Dtos.SimilarClaimDto(
                s.claim().getId(),
                s.claim().getStatement(),
                s.claim().getStatus().name(),
                Math.round(s.score() * 1000) / 1000.0,
                s.match() ? "MATCH" : "SUGGEST");
    }

    public static Dtos.ExternalFactCheckDto external(ExternalFactCheck e) {
        return new Dtos.ExternalFactCheckDto(
                e.getId(),
                e.getUrl(),
                e.getClaimReviewed(),
                e.getCheckedBy(),
                e.getReviewerUrl(),
                e.getRatingName(),
                e.getRatingValue(),
                e.getBestRating(),
                e.getWorstRating(),
                e.getClaimant(),
                e.getClaimDate(),
                e.getAppearanceUrl(),
                e.getHeadline(),
                e.getLanguage(),
                e.getReviewPublished(),
                e.getReviewModified(),
                e.getImportedFrom(),
                e.getCreatedAt(),
                e.getCreatedBy());
    }

    public static Dtos.CheckedElsewhereDto checkedElsewhere(CheckedElsewhere c) {
        return new Dtos.CheckedElsewhereDto(Math.round(c.score() * 1000) / 1000.0, external(c.factCheck()));
    }

    public static Dtos.FeedDto feed(Feed f) {
        return new Dtos.FeedDto(f.getId(), f.getUrl(), f.getTitle(), f.getLastPolledAt(), f.isActive());
    }

    static AssertionDto assertion(Claim claim) {
        return new AssertionDto(
                claim.getStatement(),
                claim.isVerdictPublic() ? claim.getVerdict().getRating().getCode() : "UNVERIFIED");
    }

    static AttributionDto attribution(Attribution attribution) {
        if (attribution == null || attribution.getClaimant() == null) {
            return null;
        }
        Claimant c = attribution.getClaimant();
        return new AttributionDto(
                new ClaimantDto(c.getName(), c.getKind().name(), c.getRole(), c.getAffiliation()),
                attribution.getReportingVerb(),
                attribution.getCheck().name());
    }

    static AppearanceDto appearance(Appearance a) {
        return new AppearanceDto(
                source(a.getSource()),
                a.getExcerpt(),
                a.getStartOffset(),
                a.getEndOffset(),
                a.getHedges().stream()
                        .map(h -> new HedgeDto(h.getKind().name(), h.getText()))
                        .toList());
    }

    static SourceDto source(Source s) {
        return new SourceDto(
                s.getId(), s.getPublisher(), s.getHeadline(), s.getUrl(), s.getDateline(), s.getPublishedOn());
    }

    public static EvidenceDto evidence(Evidence e) {
        return new EvidenceDto(
                e.getId(),
                e.getVersion(),
                e.getUrl(),
                e.getDescription(),
                e.getKind().name(),
                e.getStance().name(),
                new GradeDto(
                        e.getGrade().getReliability().name(),
                        e.getGrade().getCredibility().grade(),
                        e.getGrade().code()),
                e.isShownPublicly(),
                e.getCreatedBy(),
                e.getCreatedAt());
    }

    public static RatingDto rating(Rating r) {
        return new RatingDto(r.getCode(), r.getLabel(), r.getScore(), r.getDescription());
    }

    static VerdictDto verdict(Verdict v) {
        return v == null
                ? null
                : new VerdictDto(
                        rating(v.getRating()),
                        v.getSummary(),
                        v.getExplanation(),
                        v.getSourcesCited(),
                        v.getDraftedBy(),
                        v.getApprovedBy(),
                        v.getApprovedAt(),
                        v.getPublishedAt(),
                        v.getCorrectionNote());
    }

    static HistoryDto history(TimelineEntry e) {
        return new HistoryDto(e.at(), e.actor(), e.kind().name(), e.subject(), e.from(), e.to(), e.text());
    }

    public static CommentDto comment(Comment c) {
        return new CommentDto(c.getId(), c.getCreatedBy(), c.getCreatedAt(), c.getText());
    }

    public static DeskDto desk(Desk d) {
        return d == null ? null : new DeskDto(d.getCode(), d.getName());
    }

    public static UserDto user(UserAccount u) {
        return u == null
                ? null
                : new UserDto(
                        u.getUsername(),
                        u.getDisplayName(),
                        u.getRoles().stream().map(Enum::name).collect(Collectors.toCollection(java.util.TreeSet::new)));
    }

    public static List<String> names(List<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toList();
    }
}
