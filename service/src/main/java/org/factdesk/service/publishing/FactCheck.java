package org.factdesk.service.publishing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.factdesk.model.claim.Appearance;
import org.factdesk.model.claim.Claim;
import org.factdesk.model.claim.ClaimantKind;
import org.factdesk.model.evidence.Evidence;
import org.factdesk.model.evidence.EvidenceKind;
import org.factdesk.model.evidence.InformationCredibility;
import org.factdesk.model.evidence.SourceReliability;
import org.factdesk.model.evidence.Stance;
import org.factdesk.model.verdict.Rating;

/**
 * A published verdict as the public may read it: the claim as made (who said it, where it appeared and with
 * which hedges) kept apart from the verdict on what was said, with the evidence the desk chose to show. Only
 * public facts: no assignee, comment, internal evidence or draft.
 *
 * @param speaker who made the claim; {@code null} when the report made it in its own voice
 * @param evidence the evidence shown publicly, in the order it was added; never an internal piece. Showing or
 *     hiding a piece does not move {@code modified}, which only publication and corrections do (the verdict's
 *     record); the ETags of the page and the ClaimReview, which hash what they show, change with it.
 * @param corrections every correction published since, oldest first, each with its note and date
 */
public record FactCheck(
        long id,
        String slug,
        String statement,
        Speaker speaker,
        List<Appearing> appearances,
        Verdict verdict,
        List<Shown> evidence,
        Instant published,
        Instant modified,
        List<Correction> corrections) {

    /** The fact-check's address under /fact-checks/: "{id}-{slug}", or the id alone when the slug is empty. */
    public String path() {
        return path(id, slug);
    }

    public static String path(long id, String slug) {
        return slug == null || slug.isEmpty() ? Long.toString(id) : id + "-" + slug;
    }

    /** A correction of the published verdict: what was corrected, and when. */
    public record Correction(String note, Instant at) {}

    /** The person or organisation the claim is attributed to, and the verb the report used ("said"). */
    public record Speaker(String name, boolean organisation, String role, String affiliation, String verb) {}

    /** Where the claim appeared: the source and the hedges it printed with it ("could not be verified"). */
    public record Appearing(
            String publisher,
            String headline,
            String url,
            LocalDate publishedOn,
            String excerpt,
            List<String> hedges) {}

    /**
     * A piece of evidence the desk shows with the verdict: what it is and shows, where to read it (may be
     * {@code null}), how it bears on the claim, and its Admiralty grade, source and information judged apart.
     */
    public record Shown(
            String description,
            String url,
            EvidenceKind kind,
            Stance stance,
            SourceReliability reliability,
            InformationCredibility credibility) {

        /** The grade in the usual two-character notation, e.g. "B2". */
        public String grade() {
            return reliability.name() + credibility.grade();
        }
    }

    /**
     * The verdict: the rating's name, and its place on a 1 (false) to 5 (true) scale from the rating's score;
     * ratings that say nothing about truth (no score, "Unproven") have no place.
     */
    public record Verdict(
            String ratingCode,
            String ratingName,
            Integer ratingValue,
            String summary,
            String explanation,
            String sourcesCited) {

        public static final int WORST = 1;
        public static final int BEST = 5;
    }

    /** The public part of a claim whose verdict is published. */
    static FactCheck of(Claim claim, List<Correction> corrections) {
        org.factdesk.model.verdict.Verdict verdict = claim.getVerdict();
        Speaker speaker = null;
        if (claim.isAttributed()) {
            var claimant = claim.getAttribution().getClaimant();
            speaker = new Speaker(
                    claimant.getName(),
                    claimant.getKind() != ClaimantKind.PERSON,
                    claimant.getRole(),
                    claimant.getAffiliation(),
                    claim.getAttribution().getReportingVerb());
        }
        List<Appearing> appearances =
                claim.getAppearances().stream().map(FactCheck::appearing).toList();
        Rating rating = verdict.getRating();
        return new FactCheck(
                claim.getId(),
                claim.getPublicSlug(),
                claim.getStatement(),
                speaker,
                appearances,
                new Verdict(
                        rating.getCode(),
                        rating.getLabel(),
                        place(rating.getScore()),
                        verdict.getSummary(),
                        verdict.getExplanation(),
                        verdict.getSourcesCited()),
                shown(claim.getEvidence()),
                verdict.getPublishedAt(),
                corrections.isEmpty()
                        ? verdict.getPublishedAt()
                        : latest(
                                verdict.getPublishedAt(),
                                corrections.get(corrections.size() - 1).at()),
                corrections);
    }

    /** The pieces the desk chose to show, in the order given; internal ones are left out here, once. */
    static List<Shown> shown(List<Evidence> evidence) {
        return evidence.stream()
                .filter(Evidence::isShownPublicly)
                .map(e -> new Shown(
                        e.getDescription(),
                        e.getUrl(),
                        e.getKind(),
                        e.getStance(),
                        e.getGrade().getReliability(),
                        e.getGrade().getCredibility()))
                .toList();
    }

    private static Appearing appearing(Appearance appearance) {
        var source = appearance.getSource();
        return new Appearing(
                source.getPublisher(),
                source.getHeadline(),
                source.getUrl(),
                source.getPublishedOn(),
                appearance.getExcerpt(),
                appearance.getHedges().stream().map(h -> h.getText()).toList());
    }

    /** 0 → 1, 0.25 → 2, … 1 → 5. */
    static Integer place(BigDecimal score) {
        if (score == null) {
            return null;
        }
        return Verdict.WORST
                + score.multiply(BigDecimal.valueOf(Verdict.BEST - Verdict.WORST))
                        .setScale(0, RoundingMode.HALF_UP)
                        .intValue();
    }

    private static Instant latest(Instant a, Instant b) {
        return b == null || a.isAfter(b) ? a : b;
    }
}
