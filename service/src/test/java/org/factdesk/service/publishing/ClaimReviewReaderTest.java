package org.factdesk.service.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.factdesk.service.common.InvalidInputException;
import org.junit.jupiter.api.Test;

/** ClaimReview JSON-LD as fact-checkers publish it, and what is refused before anything is stored. */
class ClaimReviewReaderTest {

    /** A review as Google's guide shows it: author Organization, rating with a scale, a Claim with appearance. */
    private static String review(String url, String claim) {
        return """
                {"@type": "ClaimReview", "url": "%s", "claimReviewed": "%s",
                 "datePublished": "2020-10-30T09:00:00+01:00", "dateModified": "2020-11-02",
                 "headline": "Did rebels kill Russian officers in Idlib?", "inLanguage": "en",
                 "author": {"@type": "Organization", "name": "Check Team", "url": "https://check.example/"},
                 "reviewRating": {"@type": "Rating", "ratingValue": "2", "bestRating": 5, "worstRating": 1,
                                  "alternateName": "Unproven"},
                 "itemReviewed": {"@type": "Claim", "datePublished": "2020-10-28",
                   "author": {"@type": "Person", "name": "Naji al-Mustafa", "jobTitle": "spokesman"},
                   "firstAppearance": {"@type": "CreativeWork", "url": "https://dawn.example/idlib",
                                       "headline": "Rebels say"}}}
                """.formatted(url, claim);
    }

    private static String withContext(String review) {
        return review.replaceFirst("\\{", "{\"@context\": \"https://schema.org\", ");
    }

    @Test
    void aSingleClaimReviewIsReadWithEveryPropertyTheDeskSees() {
        List<ClaimReviewReader.Review> reviews = ClaimReviewReader.fromJson(
                withContext(review("https://check.example/idlib", "Rebel fire killed Russian officers in Idlib")));

        assertThat(reviews).singleElement().satisfies(r -> {
            assertThat(r.url()).isEqualTo("https://check.example/idlib");
            assertThat(r.claimReviewed()).isEqualTo("Rebel fire killed Russian officers in Idlib");
            assertThat(r.reviewedBy()).isEqualTo("Check Team");
            assertThat(r.reviewerUrl()).isEqualTo("https://check.example/");
            assertThat(r.ratingName()).isEqualTo("Unproven");
            assertThat(r.ratingValue()).isEqualTo(2.0);
            assertThat(r.bestRating()).isEqualTo(5.0);
            assertThat(r.worstRating()).isEqualTo(1.0);
            assertThat(r.claimant()).isEqualTo("Naji al-Mustafa");
            assertThat(r.claimDate()).isEqualTo(LocalDate.of(2020, 10, 28));
            assertThat(r.appearanceUrl()).isEqualTo("https://dawn.example/idlib");
            assertThat(r.published()).isEqualTo(LocalDate.of(2020, 10, 30));
            assertThat(r.modified()).isEqualTo(LocalDate.of(2020, 11, 2));
            assertThat(r.language()).isEqualTo("en");
        });
    }

    @Test
    void aListADataFeedOfItemsAndAGraphAreRead() {
        String list = "[" + withContext(review("https://a.example/1", "One")) + ","
                + withContext(review("https://a.example/2", "Two")) + "]";
        assertThat(ClaimReviewReader.fromJson(list))
                .extracting(ClaimReviewReader.Review::url)
                .containsExactly("https://a.example/1", "https://a.example/2");

        String feed = """
                {"@context": ["https://schema.org", {"x": "y"}], "@type": "DataFeed", "dataFeedElement": [
                  {"@type": "DataFeedItem", "item": [%s]},
                  {"@type": "DataFeedItem", "item": %s},
                  %s]}
                """.formatted(
                        review("https://b.example/1", "One"),
                        review("https://b.example/2", "Two"),
                        review("https://b.example/3", "Three"));
        assertThat(ClaimReviewReader.fromJson(feed))
                .extracting(ClaimReviewReader.Review::url)
                .containsExactly("https://b.example/1", "https://b.example/2", "https://b.example/3");

        String graph = "{\"@context\": \"http://schema.org/\", \"@graph\": [{\"@type\": \"WebPage\"}, "
                + review("https://c.example/1", "One").replace("\"ClaimReview\"", "[\"schema:ClaimReview\"]") + "]}";
        assertThat(ClaimReviewReader.fromJson(graph))
                .extracting(ClaimReviewReader.Review::url)
                .containsExactly("https://c.example/1");
    }

    @Test
    void aPageIsReadFromItsJsonLdScriptsPassingOverTheOthers() {
        String page = "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@type\":\"Organization\",\"name\":\"X\"}</script>\n<script type='application/ld+json'>"
                + withContext(review("https://d.example/1", "Quoted \\\"text\\\" &amp; more"))
                + "</script><script type=\"application/ld+json\">{ broken</script></head></html>";

        assertThat(ClaimReviewReader.fromDocument(page))
                .singleElement()
                .satisfies(r -> assertThat(r.claimReviewed()).isEqualTo("Quoted \"text\" &amp; more"));
        assertThatThrownBy(() -> ClaimReviewReader.fromDocument("<html><p>no markup</p></html>"))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "error.import.noClaimReview");
    }

    @Test
    void badInputIsRefusedNamingWhatIsWrong() {
        assertRefused("this is not json", "body", "error.import.notJson");
        assertRefused(
                "{\"claimReviewed\": \"x\", \"url\": \"https://e.example/1\"}", "@context", "error.import.notJsonLd");
        assertRefused(withContext("{\"@type\": \"Article\", \"headline\": \"x\"}"), "@type", "error.import.wrongType");
        assertRefused(withContext(review("https://e.example/1", "")), "claimReviewed", "error.import.claimReviewed");
        assertRefused(withContext(review("javascript:alert(1)", "x")), "url", "error.import.url");
        assertRefused(withContext(review("/relative", "x")), "url", "error.import.url");
        assertRefused(
                withContext(review("https://e.example/1", "x".repeat(2001))), "claimReviewed", "error.import.tooLong");
        // one bad review in a list refuses the list, naming the element
        assertRefused(
                "[" + withContext(review("https://e.example/1", "fine")) + ","
                        + withContext(review("https://e.example/2", "")) + "]",
                "[1].claimReviewed",
                "error.import.claimReviewed");
        assertRefused(
                "{\"@context\": \"https://schema.org\", \"@type\": \"DataFeed\", \"dataFeedElement\": []}",
                "@type",
                "error.import.noClaimReview");
    }

    @Test
    void unsafeLinksInsideAReviewAreLeftOutNotStored() {
        String review = withContext(review("https://f.example/1", "x"))
                .replace("https://dawn.example/idlib", "javascript:alert(1)");
        assertThat(ClaimReviewReader.fromJson(review))
                .singleElement()
                .satisfies(r -> assertThat(r.appearanceUrl()).isNull());
    }

    private static void assertRefused(String json, String field, String key) {
        assertThatThrownBy(() -> ClaimReviewReader.fromJson(json))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", field)
                .hasFieldOrPropertyWithValue("messageKey", key);
    }
}
