package org.factdesk.model.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A key may tie where its order does not, but must never put two texts the other way round. */
class SortKeysTest {

    @Test
    void aTextIsFoldedAsQueuesSortIt() {
        assertThat(SortKeys.fold("Ḩamā ÉLITE Straße")).isEqualTo("hama elite straße");
        assertThat(SortKeys.fold("ﬁre")).isEqualTo("fire");
        assertThat(SortKeys.fold(null)).isNull();
    }

    @Test
    void thePrefixKeyNeverContradictsTheFoldedTextsOrder() {
        Random random = new Random(11);
        String alphabet = "aAbBcé É0123456789 ,.-'\"ḨāöØ";
        List<String> folded = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            folded.add(SortKeys.fold(text.toString()));
        }
        // the index compares folded texts byte by byte, unsigned, a shorter text first
        folded.sort((a, b) ->
                Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8)));
        for (int i = 1; i < folded.size(); i++) {
            String before = folded.get(i - 1);
            String after = folded.get(i);
            assertThat(SortKeys.prefix(before))
                    .as("'%s' sorts before '%s'", before, after)
                    .isLessThanOrEqualTo(SortKeys.prefix(after));
        }
        assertThat(SortKeys.prefix("ab")).isLessThan(SortKeys.prefix("abc")).isPositive();
        assertThat(SortKeys.prefix("")).isZero();
    }

    @Test
    void everyTextWithTheSamePrefixKeyLiesInItsSpan() {
        Random random = new Random(17);
        String alphabet = "abé Ḩö\uD83D\uDE00\uFFFF";
        Comparator<String> bytes = (a, b) ->
                Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
        List<String> folded = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(10);
            for (int j = 0; j < length; j++) {
                int at = random.nextInt(alphabet.length());
                if (Character.isHighSurrogate(alphabet.charAt(at))) {
                    text.append(alphabet, at, at + 2);
                } else if (!Character.isLowSurrogate(alphabet.charAt(at))) {
                    text.append(alphabet.charAt(at));
                }
            }
            folded.add(text.toString());
        }
        long[] keys = folded.stream().mapToLong(SortKeys::prefix).toArray();
        for (int i = 0; i < folded.size(); i++) {
            String[] span = SortKeys.samePrefix(folded.get(i));
            for (int j = 0; j < folded.size(); j++) {
                if (keys[j] == keys[i]) {
                    String other = folded.get(j);
                    assertThat(bytes.compare(other, span[0]))
                            .as("'%s' from '%s'", other, span[0])
                            .isNotNegative();
                    if (span[1] != null) {
                        assertThat(bytes.compare(other, span[1]))
                                .as("'%s' before '%s'", other, span[1])
                                .isNegative();
                    }
                }
            }
        }
        assertThat(SortKeys.samePrefix("rebels said")).containsExactly("rebels ", "rebels!");
        assertThat(SortKeys.samePrefix("ab")).containsExactly("ab", "ac");
        assertThat(SortKeys.samePrefix("")).containsExactly("", null);
        assertThat(SortKeys.samePrefix("abcdefé")).containsExactly("abcdef", "abcdeg");
        assertThat(SortKeys.samePrefix("abcdeé")).containsExactly("abcdeé", "abcdeê");
        assertThat(SortKeys.samePrefix("a\uDBFF\uDFFF")).containsExactly("a\uDBFF\uDFFF", "b");
        assertThat(SortKeys.samePrefix("ab\uD7FF")).containsExactly("ab\uD7FF", "ab\uE000");
    }
}
