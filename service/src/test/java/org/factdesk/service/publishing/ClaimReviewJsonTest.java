package org.factdesk.service.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.factdesk.model.claim.Claim;
import org.factdesk.model.desk.Desk;
import org.factdesk.model.evidence.AdmiraltyGrade;
import org.factdesk.model.evidence.Evidence;
import org.factdesk.model.evidence.EvidenceKind;
import org.factdesk.model.evidence.Stance;
import org.junit.jupiter.api.Test;

class ClaimReviewJsonTest {

    private static final FactCheck CHECK = new FactCheck(
            7,
            "he-said",
            "He said \"</script><script>alert(1)</script>\" & more",
            null,
            List.of(new FactCheck.Appearing(
                    "Dawn",
                    "Idlib",
                    "https://www.dawn.com/news/1587373",
                    LocalDate.of(2020, 10, 28),
                    "…",
                    List.of("could not be independently verified"))),
            new FactCheck.Verdict("UNPROVEN", "Unproven", null, "No record either way.", null, null),
            List.of(),
            Instant.parse("2026-12-01T10:00:00Z"),
            Instant.parse("2026-12-02T10:00:00Z"),
            List.of(new FactCheck.Correction("The date was wrong.", Instant.parse("2026-12-02T10:00:00Z"))));

    @Test
    void insideAScriptElementTheJsonCannotCloseItAndReadsBackTheSame() {
        JsonObject review = ClaimReviewJson.of(
                CHECK, new Publisher("Desk", null, null), "https://x.example/7", ZoneId.of("Asia/Karachi"));
        String html = ClaimReviewJson.forHtml(review);
        assertThat(html).doesNotContain("<", ">", "&");
        JsonObject read = Json.createReader(new StringReader(html)).readObject();
        assertThat(read).isEqualTo(review);
        assertThat(read.getString("claimReviewed")).isEqualTo(CHECK.statement());
    }

    @Test
    void datesAreInTheNewsroomsZoneAndARatingWithoutScoreHasNoPlaceOnTheScale() {
        JsonObject review = ClaimReviewJson.of(
                CHECK,
                new Publisher("Desk", "https://desk.example", null),
                "https://x.example/7",
                ZoneId.of("Asia/Karachi"));
        assertThat(review.getString("datePublished")).isEqualTo("2026-12-01T15:00:00+05:00");
        JsonObject rating = review.getJsonObject("reviewRating");
        assertThat(rating.getString("alternateName")).isEqualTo("Unproven");
        assertThat(rating.containsKey("ratingValue")).isFalse();
        assertThat(rating.containsKey("bestRating")).isFalse();
        // unattributed: the report's publisher made the claim
        assertThat(review.getJsonObject("itemReviewed").getJsonObject("author").getString("name"))
                .isEqualTo("Dawn");
        assertThat(review.getJsonObject("author").getString("url")).isEqualTo("https://desk.example");
    }

    @Test
    void onlyTheEvidenceTheDeskShowsIsPublicAndItsAddressesAreTheReviewsCitations() {
        Claim claim = new Claim("He said so.", new Desk("probe", "Probe desk"));
        Evidence census = evidence(claim, "UN census of 2024", "https://un.example/census", true);
        Evidence informant = evidence(claim, "Informant X, met in confidence", "https://internal.example/notes", false);
        Evidence call = evidence(claim, "Call with the ministry's press office", null, true);
        Evidence again = evidence(claim, "The census again, another table", "https://un.example/census", true);

        List<FactCheck.Shown> shown = FactCheck.shown(List.of(census, informant, call, again));

        assertThat(shown)
                .extracting(FactCheck.Shown::description)
                .containsExactly(
                        "UN census of 2024",
                        "Call with the ministry's press office",
                        "The census again, another table");
        assertThat(shown.get(0).grade()).isEqualTo("B2");
        assertThat(shown.get(0).kind()).isEqualTo(EvidenceKind.DATA);
        FactCheck check = new FactCheck(
                CHECK.id(),
                CHECK.slug(),
                CHECK.statement(),
                null,
                CHECK.appearances(),
                CHECK.verdict(),
                shown,
                CHECK.published(),
                CHECK.modified(),
                List.of());
        JsonObject review =
                ClaimReviewJson.of(check, new Publisher("Desk", null, null), "https://x.example/7", ZoneId.of("UTC"));
        // each address once, as a CreativeWork; a piece without an address is on the page only
        assertThat(review.getJsonArray("citation")).hasSize(1);
        assertThat(review.getJsonArray("citation").getJsonObject(0).getString("@type"))
                .isEqualTo("CreativeWork");
        assertThat(review.getJsonArray("citation").getJsonObject(0).getString("url"))
                .isEqualTo("https://un.example/census");
        assertThat(review.toString()).doesNotContain("internal.example", "Informant", "ministry");
        JsonObject read = Json.createReader(new StringReader(ClaimReviewJson.forHtml(review)))
                .readObject();
        assertThat(read).isEqualTo(review);
    }

    @Test
    void aReviewWithoutPublicEvidenceCitesNothing() {
        Evidence internal = evidence(
                new Claim("He said so.", new Desk("probe", "Probe desk")),
                "Notes",
                "https://internal.example/notes",
                false);
        FactCheck check = new FactCheck(
                CHECK.id(),
                CHECK.slug(),
                CHECK.statement(),
                null,
                CHECK.appearances(),
                CHECK.verdict(),
                FactCheck.shown(List.of(internal)),
                CHECK.published(),
                CHECK.modified(),
                List.of());
        assertThat(check.evidence()).isEmpty();
        JsonObject review =
                ClaimReviewJson.of(check, new Publisher("Desk", null, null), "https://x.example/7", ZoneId.of("UTC"));
        assertThat(review.containsKey("citation")).isFalse();
        assertThat(review.toString()).doesNotContain("internal.example");
    }

    private static Evidence evidence(Claim claim, String description, String url, boolean shown) {
        Evidence evidence =
                new Evidence(claim, description, EvidenceKind.DATA, Stance.SUPPORTS, AdmiraltyGrade.parse("B2"));
        evidence.setUrl(url);
        evidence.setShownPublicly(shown);
        return evidence;
    }

    @Test
    void aScoreHasItsPlaceOnTheOneToFiveScale() {
        assertThat(FactCheck.place(null)).isNull();
        assertThat(FactCheck.place(BigDecimal.ZERO)).isEqualTo(1);
        assertThat(FactCheck.place(new BigDecimal("0.25"))).isEqualTo(2);
        assertThat(FactCheck.place(new BigDecimal("0.50"))).isEqualTo(3);
        assertThat(FactCheck.place(new BigDecimal("0.75"))).isEqualTo(4);
        assertThat(FactCheck.place(BigDecimal.ONE)).isEqualTo(5);
    }
}
