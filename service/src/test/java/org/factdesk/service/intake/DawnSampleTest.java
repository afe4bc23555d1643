package org.factdesk.service.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.service.intake.Analyzers.ANALYZER;
import static org.factdesk.service.intake.Analyzers.sentenceContaining;

import java.util.List;
import org.factdesk.model.claim.HedgeKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The founding sample: what a desk editor must see when the Dawn Idlib report is pasted in. */
class DawnSampleTest {

    private static String text;
    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        text = Analyzers.dawnSample();
        analysis = ANALYZER.analyze(text);
    }

    @Test
    void sentencesCarryOffsetsIntoTheOriginalText() {
        assertThat(analysis.sentences()).hasSizeGreaterThanOrEqualTo(12);
        for (AnalyzedSentence s : analysis.sentences()) {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        }
        assertThat(analysis.sentences().get(analysis.sentences().size() - 1).text())
                .isEqualTo("Published in Dawn, October 28th, 2020");
    }

    @Test
    void concurrentAnalysesGiveTheSameResultAsOne() {
        List<Analysis> parallel = java.util.stream.IntStream.range(0, 40)
                .parallel()
                .mapToObj(i -> ANALYZER.analyze(text))
                .toList();

        assertThat(parallel).allSatisfy(a -> assertThat(a).isEqualTo(analysis));
    }

    @Test
    void nflClaimIsAttributedToItsSpokesmanWithTheAcronymResolved() {
        AnalyzedSentence claim = sentenceContaining(analysis, "Naji al-Mustafa");

        assertThat(claim.attribution()).hasValueSatisfying(a -> {
            assertThat(a.speaker()).isEqualTo("Naji al-Mustafa");
            assertThat(a.role()).isEqualTo("spokesman");
            assertThat(a.organisation()).isEqualTo("National Front for Liberation");
            assertThat(a.verb()).isEqualTo("said");
        });
        assertThat(claim.assertion())
                .hasValue("the rebels’ military retaliation targeted and killed Russian officers"
                        + " in southern Idlib, as well as Syrian soldiers working in the area");
    }

    @Test
    void bothHedgesOfTheNextSentenceQualifyTheNflClaim() {
        AnalyzedSentence claim = sentenceContaining(analysis, "Naji al-Mustafa");
        AnalyzedSentence hedge = sentenceContaining(analysis, "could not be independently verified");

        assertThat(hedge.index()).isEqualTo(claim.index() + 1);
        assertThat(claim.hedges()).extracting(Hedge::kind).containsExactly(HedgeKind.UNVERIFIED, HedgeKind.NO_COMMENT);
        assertThat(claim.hedges()).allSatisfy(h -> {
            assertThat(h.sentence()).isEqualTo(hedge.index());
            assertThat(text.substring(h.start(), h.end())).isEqualTo(h.text());
        });
        assertThat(claim.hedges().get(0).text()).isEqualTo("could not be independently verified");
        assertThat(claim.hedges().get(1).text()).contains("no immediate comment from Russia or Syria");
        assertThat(hedge.hedges()).isEmpty();
    }

    @Test
    void ministryIsTheSourceOfTheTelephoneCallReport() {
        AnalyzedSentence call = sentenceContaining(analysis, "telephone call");

        assertThat(call.attribution())
                .hasValueSatisfying(a -> assertThat(a.organisation()).isEqualTo("Turkish Foreign Ministry"));
        assertThat(call.assertion())
                .hasValueSatisfying(c -> assertThat(c).endsWith("on Tuesday").doesNotContain("Ministry said"));
    }

    @Test
    void factualClaimsScoreWellAboveGreetingsAndBoilerplate() {
        double threshold = ANALYZER.checkWorthinessModel().threshold();
        double[] low = ANALYZER.score(
                List.of("Good evening and thank you all for coming.", "Published in Dawn, October 28th, 2020"));
        List<String> claims = List.of(
                "nearly 30 government posts",
                "Some 1 million people were displaced",
                "home to over 3 million",
                "Monday’s strike was the deadliest in Idlib since the");

        for (String fragment : claims) {
            double score = sentenceContaining(analysis, fragment).checkWorthiness();
            assertThat(score)
                    .as(fragment)
                    .isGreaterThan(threshold)
                    .isGreaterThan(low[0] + 0.15)
                    .isGreaterThan(low[1] + 0.15);
        }
        assertThat(low[0]).isLessThan(threshold / 2);
        assertThat(low[1]).isLessThan(threshold / 2);
        assertThat(sentenceContaining(analysis, "It did not provide details").checkWorthiness())
                .isLessThan(threshold);
    }
}
