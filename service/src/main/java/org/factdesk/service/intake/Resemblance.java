package org.factdesk.service.intake;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much two texts say the same thing, from 0 (nothing in common) to 1 (the same content words): the Dice
 * coefficient of their sets of content-word stems. The search index finds candidates by relevance, whose scores
 * have no fixed scale; this measure does, so the "suggest" and "match" thresholds mean the same on every
 * backend and for every index size.
 */
public final class Resemblance {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");
    private static final Set<String> STOP = Set.of(
            "a",
            "an",
            "the",
            "and",
            "or",
            "but",
            "of",
            "in",
            "on",
            "at",
            "to",
            "for",
            "from",
            "by",
            "with",
            "as",
            "is",
            "are",
            "was",
            "were",
            "be",
            "been",
            "being",
            "it",
            "its",
            "this",
            "that",
            "these",
            "those",
            "he",
            "she",
            "they",
            "them",
            "his",
            "her",
            "their",
            "we",
            "our",
            "you",
            "i",
            "not",
            "no",
            "also",
            "than",
            "then",
            "there",
            "here",
            "which",
            "who",
            "whom",
            "what",
            "when",
            "where",
            "has",
            "have",
            "had",
            "do",
            "does",
            "did",
            "will",
            "would",
            "could",
            "should",
            "may",
            "might",
            "can",
            "said",
            "says",
            "say",
            "told",
            "according",
            "well",
            "some",
            "about",
            "over",
            "into",
            "after",
            "before",
            "while",
            "since",
            "so",
            "such",
            "all",
            "any",
            "other",
            "more",
            "most",
            "very",
            "just",
            "s");

    private Resemblance() {}

    public static double of(String a, String b) {
        return dice(terms(a), terms(b));
    }

    static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String term : a) {
            if (b.contains(term)) {
                common++;
            }
        }
        return 2.0 * common / (a.size() + b.size());
    }

    /** The text's distinct content-word stems, in order of first appearance. */
    public static Set<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        if (text == null) {
            return terms;
        }
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String word = m.group();
            if (word.endsWith("'s") || word.endsWith("’s")) {
                word = word.substring(0, word.length() - 2); // a possessive: "Russia's" is "Russia"
            }
            if (!STOP.contains(word) && (word.length() > 1 || Character.isDigit(word.charAt(0)))) {
                terms.add(stem(word));
            }
        }
        return terms;
    }

    /** A light suffix stripper: enough for "killed"/"kills"/"killing" and "officers"/"officer" to meet. */
    static String stem(String word) {
        if (word.length() <= 3 || Character.isDigit(word.charAt(0))) {
            return word;
        }
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        for (String suffix : new String[] {"ing", "ed", "es", "s"}) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= 3 && !word.endsWith("ss")) {
                String base = word.substring(0, word.length() - suffix.length());
                if (base.length() > 3
                        && base.charAt(base.length() - 1) == base.charAt(base.length() - 2)
                        && !base.endsWith("ll")
                        && !base.endsWith("ss")) {
                    base = base.substring(0, base.length() - 1);
                }
                return base.endsWith("e") ? base.substring(0, base.length() - 1) : base;
            }
        }
        return word.endsWith("e") ? word.substring(0, word.length() - 1) : word;
    }
}
