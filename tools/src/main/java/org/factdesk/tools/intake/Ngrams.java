package org.factdesk.tools.intake;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain baseline's features: lower-cased word unigrams and bigrams, numbers folded into one token,
 * hashed into {@link SparseLogistic#BUCKETS} buckets — the service's {@code Features} without its hand
 * features.
 */
final class Ngrams {

    private static final Pattern WORD = Pattern.compile("[\\p{L}]+(?:['’][\\p{L}]+)?|\\d[\\d,.]*|[%$?!]");

    private Ngrams() {}

    static int[] buckets(String sentence) {
        Matcher m = WORD.matcher(sentence.toLowerCase(Locale.ROOT));
        int[] out = new int[32];
        int n = 0;
        String prev = "<s>";
        while (m.find()) {
            String w = Character.isDigit(m.group().charAt(0)) ? "<num>" : m.group();
            if (n + 2 > out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            out[n++] = bucket("u:" + w);
            out[n++] = bucket("b:" + prev + ' ' + w);
            prev = w;
        }
        return Arrays.stream(out, 0, n).distinct().toArray();
    }

    private static int bucket(String feature) {
        int h = feature.hashCode() * 0x9E3779B9;
        h ^= h >>> 15;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        return h & (SparseLogistic.BUCKETS - 1);
    }
}
