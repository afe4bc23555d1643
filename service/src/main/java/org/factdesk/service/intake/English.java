package org.factdesk.service.intake;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a text reads as English, by its share of the commonest English words: running English has about one
 * word in three among them, other languages (French, German, Arabic, Russian…) next to none. Only a text long
 * enough to tell (30 words) is judged; a short one is given the benefit of the doubt.
 */
final class English {

    private static final Set<String> COMMON = Set.of(
            "the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "was", "on", "with", "as", "he", "she",
            "by", "at", "said", "from", "his", "her", "be", "are", "were", "has", "have", "had", "not", "this", "they",
            "their", "an", "or", "which", "but", "its", "who", "been", "would", "will", "after", "over");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final int JUDGED_FROM = 30;
    /** English news measures 0.30–0.45; the threshold leaves room for lists, headlines and quotes. */
    private static final double AT_LEAST = 0.08;

    private English() {}

    static boolean looksEnglish(String text) {
        Matcher words = WORD.matcher(text);
        int all = 0;
        int common = 0;
        while (words.find()) {
            all++;
            if (COMMON.contains(words.group().toLowerCase(Locale.ROOT))) {
                common++;
            }
        }
        return all < JUDGED_FROM || common >= AT_LEAST * all;
    }
}
