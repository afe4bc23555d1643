package org.factdesk.service.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.service.intake.Analyzers.ANALYZER;
import static org.factdesk.service.intake.Analyzers.attributionOf;
import static org.factdesk.service.intake.Analyzers.sentenceContaining;

import org.junit.jupiter.api.Test;

/** Who said it: word orders, appositions, back-references and acronyms. */
class AttributionTest {

    @Test
    void speakerBeforeTheVerb() {
        SpeechAttribution a = attributionOf("Mayor Jane Doe said the bridge will reopen in May.", "bridge");

        assertThat(a.speaker()).isEqualTo("Jane Doe");
        assertThat(a.role()).isEqualTo("Mayor");
        assertThat(a.verb()).isEqualTo("said");
    }

    @Test
    void speakerAfterTheVerbSplitsOffTheQuotedAssertion() {
        Analysis analysis = ANALYZER.analyze(
                "“Prices rose 12 percent last year,” said John Smith, an economist at" + " the Central Bank.");
        AnalyzedSentence s = analysis.sentences().get(0);

        assertThat(s.attribution()).hasValueSatisfying(a -> {
            assertThat(a.speaker()).isEqualTo("John Smith");
            assertThat(a.role()).isEqualTo("economist");
            assertThat(a.organisation()).isEqualTo("Central Bank");
        });
        assertThat(s.assertion()).hasValue("Prices rose 12 percent last year");
    }

    @Test
    void accordingToEitherSideOfTheClaim() {
        Analysis analysis = ANALYZER.analyze("According to the Health Ministry, 40 people died in the floods. "
                + "The toll rose to 55 overnight, according to Red Crescent official Amir Hassan.");

        AnalyzedSentence first = analysis.sentences().get(0);
        assertThat(first.attribution()).hasValueSatisfying(a -> {
            assertThat(a.speaker()).isEqualTo("Health Ministry");
            assertThat(a.verb()).isEqualTo("according to");
        });
        assertThat(first.assertion()).hasValue("40 people died in the floods");

        AnalyzedSentence second = analysis.sentences().get(1);
        assertThat(second.attribution()).hasValueSatisfying(a -> {
            assertThat(a.speaker()).isEqualTo("Amir Hassan");
            assertThat(a.role()).isEqualTo("official");
            assertThat(a.organisation()).isEqualTo("Red Crescent");
        });
        assertThat(second.assertion()).hasValue("The toll rose to 55 overnight");
    }

    @Test
    void appositionAfterTheName() {
        SpeechAttribution a = attributionOf(
                "Maria Lopez, a spokeswoman for the city council, told reporters " + "that the vote was postponed.",
                "vote");

        assertThat(a.speaker()).isEqualTo("Maria Lopez");
        assertThat(a.role()).isEqualTo("spokeswoman");
        assertThat(a.organisation()).isEqualTo("city council");
        assertThat(sentenceContaining(
                                ANALYZER.analyze("Maria Lopez, a spokeswoman for the city council, told "
                                        + "reporters that the vote was postponed."),
                                "vote")
                        .assertion())
                .hasValue("the vote was postponed");
    }

    @Test
    void pronounsAndTitlesReferBackToTheSpeakerNamedEarlier() {
        String text = "Foreign Minister Ahmed Karim said the border would stay closed. "
                + "He said talks would resume next week. "
                + "The weather was mild. "
                + "The minister added that aid convoys would be allowed through.";
        Analysis analysis = ANALYZER.analyze(text);

        SpeechAttribution pronoun =
                sentenceContaining(analysis, "talks would resume").attribution().orElseThrow();
        assertThat(pronoun.speaker()).isEqualTo("Ahmed Karim");
        assertThat(pronoun.mention()).isEqualTo("He");
        assertThat(pronoun.role()).isEqualTo("Foreign Minister");

        SpeechAttribution title =
                sentenceContaining(analysis, "aid convoys").attribution().orElseThrow();
        assertThat(title.speaker()).isEqualTo("Ahmed Karim");
        assertThat(title.verb()).isEqualTo("added");
        assertThat(sentenceContaining(analysis, "weather").attribution()).isEmpty();
    }

    @Test
    void surnameAloneRefersBackToTheFullName() {
        Analysis analysis = ANALYZER.analyze(
                "Senator Ruth Adler said the bill was dead. " + "Adler said she would vote against it.");

        assertThat(analysis.sentences().get(1).attribution()).hasValueSatisfying(a -> {
            assertThat(a.speaker()).isEqualTo("Ruth Adler");
            assertThat(a.role()).isEqualTo("Senator");
        });
    }

    @Test
    void acronymDefinedInParenthesesResolves() {
        String text = "The Syrian Observatory for Human Rights (SOHR) reported heavy shelling. "
                + "At least 12 civilians were killed, the SOHR said.";

        SpeechAttribution a = attributionOf(text, "civilians");

        assertThat(a.speaker()).isEqualTo("Syrian Observatory for Human Rights");
        assertThat(a.mention()).isEqualTo("the SOHR");
    }

    @Test
    void sayingInsideAQuotationIsNotTheAttribution() {
        SpeechAttribution a = attributionOf("“The FBI said she did nothing illegal,” Davis said.", "FBI");

        assertThat(a.speaker()).isEqualTo("Davis");
    }

    @Test
    void sentenceWithoutReportingVerbHasNoAttribution() {
        AnalyzedSentence s = ANALYZER.analyze("Rebels fired rockets at government posts in Idlib.")
                .sentences()
                .get(0);

        assertThat(s.attribution()).isEmpty();
        assertThat(s.assertion()).isEmpty();
    }
}
