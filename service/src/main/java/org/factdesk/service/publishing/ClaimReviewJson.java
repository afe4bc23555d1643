package org.factdesk.service.publishing;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * A fact-check as schema.org ClaimReview in JSON-LD, with what Google's fact-check markup requires and
 * recommends: the claim reviewed, the rating (its name, and its place on the scale where it has one), the page's
 * URL, the publishing organisation, the dates, and the claim itself with who made it and where it appeared;
 * the addresses of the evidence the desk shows publicly ({@code citation}, as CreativeWork); and every correction
 * since publication (schema.org {@code correction}, as CorrectionComment).
 * Built by a JSON library, so any text is escaped; {@link #forHtml} makes it safe inside a script element.
 */
public final class ClaimReviewJson {

    private ClaimReviewJson() {}

    /**
     * @param pageUrl the fact-check page's absolute URL
     * @param zone the newsroom's zone, in which the dates are written
     */
    public static JsonObject of(FactCheck check, Publisher publisher, String pageUrl, ZoneId zone) {
        DateTimeFormatter timestamp = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(zone);
        JsonObjectBuilder review = Json.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", "ClaimReview")
                .add("url", pageUrl)
                .add("claimReviewed", check.statement())
                .add("datePublished", timestamp.format(check.published().truncatedTo(ChronoUnit.SECONDS)))
                .add("dateModified", timestamp.format(check.modified().truncatedTo(ChronoUnit.SECONDS)))
                .add("author", organisation(publisher.name(), publisher.url(), publisher.logo()))
                .add("reviewRating", rating(check.verdict()))
                .add("itemReviewed", claim(check));
        // the public evidence that can be followed, each address once; internal evidence never reaches a FactCheck
        List<String> cited = check.evidence().stream()
                .map(FactCheck.Shown::url)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        if (!cited.isEmpty()) {
            JsonArrayBuilder citations = Json.createArrayBuilder();
            cited.forEach(url -> citations.add(
                    Json.createObjectBuilder().add("@type", "CreativeWork").add("url", url)));
            review.add("citation", citations);
        }
        if (!check.corrections().isEmpty()) {
            JsonArrayBuilder corrections = Json.createArrayBuilder();
            check.corrections()
                    .forEach(c -> corrections.add(Json.createObjectBuilder()
                            .add("@type", "CorrectionComment")
                            .add("text", c.note())
                            .add("datePublished", timestamp.format(c.at().truncatedTo(ChronoUnit.SECONDS)))));
            review.add("correction", corrections);
        }
        return review.build();
    }

    /**
     * A page of every published fact-check as a schema.org DataFeed of ClaimReviews, newest first.
     *
     * @param listUrl the public list's address
     * @param pageUrl the base address of the fact-check pages, ending with "/"
     */
    public static JsonObject dataFeed(
            List<FactCheck> checks, Publisher publisher, String listUrl, String pageUrl, ZoneId zone) {
        JsonArrayBuilder elements = Json.createArrayBuilder();
        checks.forEach(check -> {
            JsonObjectBuilder review = Json.createObjectBuilder(of(check, publisher, pageUrl + check.path(), zone));
            review.remove("@context");
            elements.add(review);
        });
        JsonObjectBuilder feed = Json.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", "DataFeed")
                .add("name", publisher.name())
                .add("url", listUrl)
                .add("dataFeedElement", elements);
        if (!checks.isEmpty()) {
            feed.add(
                    "dateModified",
                    DateTimeFormatter.ISO_OFFSET_DATE_TIME
                            .withZone(zone)
                            .format(checks.stream()
                                    .map(FactCheck::modified)
                                    .max(Instant::compareTo)
                                    .orElseThrow()
                                    .truncatedTo(ChronoUnit.SECONDS)));
        }
        return feed.build();
    }

    /** The JSON text to put inside {@code <script type="application/ld+json">}: no "<" can close the element. */
    public static String forHtml(JsonObject json) {
        return json.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    private static JsonObjectBuilder rating(FactCheck.Verdict verdict) {
        JsonObjectBuilder rating =
                Json.createObjectBuilder().add("@type", "Rating").add("alternateName", verdict.ratingName());
        if (verdict.ratingValue() != null) {
            rating.add("ratingValue", verdict.ratingValue())
                    .add("bestRating", FactCheck.Verdict.BEST)
                    .add("worstRating", FactCheck.Verdict.WORST);
        }
        if (verdict.summary() != null) {
            rating.add("ratingExplanation", verdict.summary());
        }
        return rating;
    }

    /**
     * The claim as made: attributed to its speaker; a claim the report made in its own voice is the first
     * publisher's. Every place it appeared, the first as {@code firstAppearance}.
     */
    private static JsonObjectBuilder claim(FactCheck check) {
        JsonObjectBuilder claim = Json.createObjectBuilder().add("@type", "Claim");
        FactCheck.Speaker speaker = check.speaker();
        if (speaker != null) {
            JsonObjectBuilder author = Json.createObjectBuilder()
                    .add("@type", speaker.organisation() ? "Organization" : "Person")
                    .add("name", speaker.name());
            if (speaker.role() != null && !speaker.organisation()) {
                author.add("jobTitle", speaker.role());
            }
            if (speaker.affiliation() != null) {
                author.add(
                        speaker.organisation() ? "parentOrganization" : "affiliation",
                        Json.createObjectBuilder().add("@type", "Organization").add("name", speaker.affiliation()));
            }
            claim.add("author", author);
        } else if (!check.appearances().isEmpty() && check.appearances().get(0).publisher() != null) {
            claim.add("author", organisation(check.appearances().get(0).publisher(), null, null));
        }
        LocalDate first = check.appearances().stream()
                .map(FactCheck.Appearing::publishedOn)
                .filter(Objects::nonNull)
                .min(LocalDate::compareTo)
                .orElse(null);
        if (first != null) {
            claim.add("datePublished", first.toString());
        }
        if (!check.appearances().isEmpty()) {
            JsonArrayBuilder appearances = Json.createArrayBuilder();
            check.appearances().forEach(a -> appearances.add(work(a)));
            claim.add("appearance", appearances);
            claim.add("firstAppearance", work(check.appearances().get(0)));
        }
        return claim;
    }

    private static JsonObjectBuilder work(FactCheck.Appearing appearance) {
        JsonObjectBuilder work = Json.createObjectBuilder().add("@type", "CreativeWork");
        if (appearance.url() != null) {
            work.add("url", appearance.url());
        }
        if (appearance.headline() != null) {
            work.add("headline", appearance.headline());
        }
        if (appearance.publishedOn() != null) {
            work.add("datePublished", appearance.publishedOn().toString());
        }
        if (appearance.publisher() != null) {
            work.add("publisher", organisation(appearance.publisher(), null, null));
        }
        return work;
    }

    private static JsonObjectBuilder organisation(String name, String url, String logo) {
        JsonObjectBuilder organisation =
                Json.createObjectBuilder().add("@type", "Organization").add("name", name);
        if (url != null) {
            organisation.add("url", url);
        }
        if (logo != null) {
            organisation.add(
                    "logo",
                    Json.createObjectBuilder().add("@type", "ImageObject").add("url", logo));
        }
        return organisation;
    }
}
