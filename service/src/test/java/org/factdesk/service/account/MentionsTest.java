package org.factdesk.service.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MentionsTest {

    @Test
    void findsEachMentionOnceInOrder() {
        assertThat(Mentions.usernames("@checker please look at the casualty figure, cc @editor2 and @checker"))
                .containsExactly("checker", "editor2");
    }

    @Test
    void sentencePunctuationIsNotPartOfTheName() {
        assertThat(Mentions.usernames("Ask @dev.patel. Then (@Chloe_M), @ben-o!"))
                .containsExactly("dev.patel", "chloe_m", "ben-o");
    }

    @Test
    void emailAddressesAndBareAtSignsAreNotMentions() {
        assertThat(Mentions.usernames("Mail desk@factdesk.org or @ alone, @@twice"))
                .isEmpty();
        assertThat(Mentions.usernames(null)).isEmpty();
    }

    @Test
    void splitKeepsEveryCharacterAndMarksTheMentions() {
        String text = "Thanks @checker, see @editor2.";
        List<Mentions.Part> parts = Mentions.split(text);
        assertThat(parts)
                .containsExactly(
                        new Mentions.Part("Thanks ", null),
                        new Mentions.Part("@checker", "checker"),
                        new Mentions.Part(", see ", null),
                        new Mentions.Part("@editor2", "editor2"),
                        new Mentions.Part(".", null));
        assertThat(String.join("", parts.stream().map(Mentions.Part::text).toList()))
                .isEqualTo(text);
    }
}
