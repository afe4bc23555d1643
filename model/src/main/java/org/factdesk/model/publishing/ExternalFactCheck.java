package org.factdesk.model.publishing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import org.factdesk.model.claim.Claim;
import org.factdesk.model.common.BaseEntity;
import org.factdesk.model.common.WebAddress;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;

/**
 * A fact-check another organisation published, as its ClaimReview said it: the claim it reviewed, who made
 * that claim, the rating, who reviewed it and where — kept with where Factdesk read it. Identified by the
 * review's URL: importing the same review again updates it rather than adding a second one.
 *
 * <p>Only {@link #getClaimReviewed() the claim reviewed} is indexed (the same analyzer as claims), so "already
 * checked by …" and the search of imported fact-checks use the search engine claims use.
 */
@Entity
@Table(name = "external_fact_check")
@Indexed(index = ExternalFactCheck.SEARCH_INDEX)
@NamedQuery(name = ExternalFactCheck.FIND_BY_URLS, query = "select e from ExternalFactCheck e where e.url in :urls")
@NamedQuery(name = ExternalFactCheck.COUNT_ALL, query = "select count(e) from ExternalFactCheck e")
public class ExternalFactCheck extends BaseEntity {

    public static final String FIND_BY_URLS = "ExternalFactCheck.findByUrls";
    public static final String COUNT_ALL = "ExternalFactCheck.countAll";
    public static final String SEARCH_INDEX = "external_fact_check";

    public static final int URL_MAX = 2000;
    public static final int CLAIM_MAX = 2000;
    public static final int NAME_MAX = 200;
    public static final int RATING_MAX = 200;
    public static final int HEADLINE_MAX = 300;
    public static final int LANGUAGE_MAX = 16;

    @NotBlank
    @WebAddress
    @Size(max = URL_MAX)
    @Column(nullable = false, length = URL_MAX)
    private String url;

    @NotBlank
    @Size(max = CLAIM_MAX)
    @Column(name = "claim_reviewed", nullable = false, length = CLAIM_MAX)
    @FullTextField(analyzer = Claim.SEARCH_ANALYZER)
    private String claimReviewed;

    /** The organisation (or person) that published the review: ClaimReview's {@code author}. */
    @Size(max = NAME_MAX)
    @Column(name = "reviewed_by", length = NAME_MAX)
    private String reviewedBy;

    @WebAddress
    @Size(max = URL_MAX)
    @Column(name = "reviewer_url", length = URL_MAX)
    private String reviewerUrl;

    /** The rating's name as the reviewer wrote it ({@code alternateName}): "False", "Misleading", "Mostly true". */
    @Size(max = RATING_MAX)
    @Column(name = "rating_name", length = RATING_MAX)
    private String ratingName;

    @Column(name = "rating_value")
    private Double ratingValue;

    @Column(name = "best_rating")
    private Double bestRating;

    @Column(name = "worst_rating")
    private Double worstRating;

    /** Who made the claim reviewed ({@code itemReviewed.author.name}). */
    @Size(max = NAME_MAX)
    @Column(name = "claimant", length = NAME_MAX)
    private String claimant;

    @Column(name = "claim_date")
    private LocalDate claimDate;

    /** Where the claim appeared first ({@code firstAppearance}, else the first {@code appearance}). */
    @WebAddress
    @Size(max = URL_MAX)
    @Column(name = "appearance_url", length = URL_MAX)
    private String appearanceUrl;

    @Size(max = HEADLINE_MAX)
    @Column(name = "headline", length = HEADLINE_MAX)
    private String headline;

    @Size(max = LANGUAGE_MAX)
    @Column(name = "language", length = LANGUAGE_MAX)
    private String language;

    @Column(name = "review_published")
    @org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField(sortable = Sortable.YES)
    private LocalDate reviewPublished;

    @Column(name = "review_modified")
    private LocalDate reviewModified;

    /** The page or feed it was read from; {@code null} when it was posted to the API. */
    @WebAddress(allowFile = true)
    @Size(max = URL_MAX)
    @Column(name = "imported_from", length = URL_MAX)
    private String importedFrom;

    protected ExternalFactCheck() {
        // for JPA
    }

    public ExternalFactCheck(String url) {
        this.url = Objects.requireNonNull(url);
    }

    public String getUrl() {
        return url;
    }

    public String getClaimReviewed() {
        return claimReviewed;
    }

    public void setClaimReviewed(String claimReviewed) {
        this.claimReviewed = claimReviewed;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public void setReviewedBy(String reviewedBy) {
        this.reviewedBy = reviewedBy;
    }

    public String getReviewerUrl() {
        return reviewerUrl;
    }

    public void setReviewerUrl(String reviewerUrl) {
        this.reviewerUrl = reviewerUrl;
    }

    public String getRatingName() {
        return ratingName;
    }

    public void setRatingName(String ratingName) {
        this.ratingName = ratingName;
    }

    public Double getRatingValue() {
        return ratingValue;
    }

    public void setRatingValue(Double ratingValue) {
        this.ratingValue = ratingValue;
    }

    public Double getBestRating() {
        return bestRating;
    }

    public void setBestRating(Double bestRating) {
        this.bestRating = bestRating;
    }

    public Double getWorstRating() {
        return worstRating;
    }

    public void setWorstRating(Double worstRating) {
        this.worstRating = worstRating;
    }

    public String getClaimant() {
        return claimant;
    }

    public void setClaimant(String claimant) {
        this.claimant = claimant;
    }

    public LocalDate getClaimDate() {
        return claimDate;
    }

    public void setClaimDate(LocalDate claimDate) {
        this.claimDate = claimDate;
    }

    public String getAppearanceUrl() {
        return appearanceUrl;
    }

    public void setAppearanceUrl(String appearanceUrl) {
        this.appearanceUrl = appearanceUrl;
    }

    public String getHeadline() {
        return headline;
    }

    public void setHeadline(String headline) {
        this.headline = headline;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public LocalDate getReviewPublished() {
        return reviewPublished;
    }

    public void setReviewPublished(LocalDate reviewPublished) {
        this.reviewPublished = reviewPublished;
    }

    public LocalDate getReviewModified() {
        return reviewModified;
    }

    public void setReviewModified(LocalDate reviewModified) {
        this.reviewModified = reviewModified;
    }

    public String getImportedFrom() {
        return importedFrom;
    }

    public void setImportedFrom(String importedFrom) {
        this.importedFrom = importedFrom;
    }

    /** Who the reader is told checked it: the reviewer's name, else the host of the review's address. */
    public String getCheckedBy() {
        if (reviewedBy != null && !reviewedBy.isBlank()) {
            return reviewedBy;
        }
        try {
            String host = java.net.URI.create(url).getHost();
            return host == null ? url : host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
