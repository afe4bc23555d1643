package org.factdesk.service.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.service.intake.Analyzers.ANALYZER;
import static org.factdesk.service.intake.Analyzers.sentenceContaining;

import org.factdesk.model.claim.HedgeKind;
import org.junit.jupiter.api.Test;

/** Caveats and the sentences they qualify. */
class HedgeTest {

    @Test
    void inlineHedgesQualifyTheirOwnSentence() {
        Analysis analysis = ANALYZER.analyze("The militia allegedly executed 14 prisoners near Sirte. "
                + "Two officers, who spoke on condition of anonymity, said the order came from Tripoli.");

        assertThat(analysis.sentences().get(0).hedges()).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(HedgeKind.ALLEGED);
            assertThat(h.text()).isEqualTo("allegedly");
            assertThat(h.sentence()).isZero();
        });
        assertThat(analysis.sentences().get(1).hedges())
                .extracting(Hedge::kind)
                .containsExactly(HedgeKind.ANONYMOUS_SOURCE);
    }

    @Test
    void standAloneHedgeQualifiesThePreviousAttributedClaim() {
        String text = "A spokesman for the army, Col. Sami Nasser, said 30 fighters were killed. "
                + "Fighting continued overnight in the east. "
                + "The claim could not be independently confirmed.";
        Analysis analysis = ANALYZER.analyze(text);

        AnalyzedSentence claim = sentenceContaining(analysis, "30 fighters");
        assertThat(claim.hedges()).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(HedgeKind.UNVERIFIED);
            assertThat(h.sentence()).isEqualTo(2);
        });
        assertThat(sentenceContaining(analysis, "Fighting continued").hedges()).isEmpty();
        assertThat(sentenceContaining(analysis, "The claim could not").hedges()).isEmpty();
    }

    @Test
    void noCommentSentenceWithoutAttributedClaimQualifiesThePreviousSentence() {
        Analysis analysis = ANALYZER.analyze("Shelling killed nine people in the village on Sunday. "
                + "There was no immediate comment from the government.");

        assertThat(analysis.sentences().get(0).hedges()).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(HedgeKind.NO_COMMENT);
            assertThat(h.text()).isEqualTo("There was no immediate comment from the government");
        });
    }

    @Test
    void sentenceWithItsOwnClaimKeepsItsHedge() {
        Analysis analysis = ANALYZER.analyze("The mayor resigned on Monday. "
                + "Unconfirmed reports say the city treasury is empty after months of unpaid salaries.");

        assertThat(analysis.sentences().get(0).hedges()).isEmpty();
        assertThat(analysis.sentences().get(1).hedges()).extracting(Hedge::kind).containsExactly(HedgeKind.UNVERIFIED);
    }
}
