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
import org.junit.jupiter.api.Test;

class ClaimReviewJsonTest {

    private static final FactCheck CHECK = new FactCheck(7, "he-said", "He said \"</script><script>alert(1)</script>\" & more",
            null, List.of(new FactCheck.Appearing("Dawn", "Idlib", "https://www.dawn.com/news/1587373",
                    LocalDate.of(2020, 10, 28), "…", List.of("could not be independently verified"))),
            new FactCheck.Verdict("UNPROVEN", "Unproven", null, "No record either way.", null, null),
            Instant.parse("2026-12-01T10:00:00Z"), Instant.parse("2026-12-02T10:00:00Z"),
            List.of(new FactCheck.Correction("The date was wrong.", Instant.parse("2026-12-02T10:00:00Z"))));

    @Test
    void insideAScriptElementTheJsonCannotCloseItAndReadsBackTheSame() {
        JsonObject review = ClaimReviewJson.of(CHECK, new Publisher("Desk", null, null), "https://x.example/7",
                ZoneId.of("Asia/Karachi"));
        String html = ClaimReviewJson.forHtml(review);
        assertThat(html).doesNotContain("<", ">", "&");
        JsonObject read = Json.createReader(new StringReader(html)).readObject();
        assertThat(read).isEqualTo(review);
        assertThat(read.getString("claimReviewed")).isEqualTo(CHECK.statement());
    }

    @Test
    void datesAreInTheNewsroomsZoneAndARatingWithoutScoreHasNoPlaceOnTheScale() {
        JsonObject review = ClaimReviewJson.of(CHECK, new Publisher("Desk", "https://desk.example", null),
                "https://x.example/7", ZoneId.of("Asia/Karachi"));
        assertThat(review.getString("datePublished")).isEqualTo("2026-12-01T15:00:00+05:00");
        JsonObject rating = review.getJsonObject("reviewRating");
        assertThat(rating.getString("alternateName")).isEqualTo("Unproven");
        assertThat(rating.containsKey("ratingValue")).isFalse();
        assertThat(rating.containsKey("bestRating")).isFalse();
        // unattributed: the report's publisher made the claim
        assertThat(review.getJsonObject("itemReviewed").getJsonObject("author").getString("name")).isEqualTo("Dawn");
        assertThat(review.getJsonObject("author").getString("url")).isEqualTo("https://desk.example");
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
