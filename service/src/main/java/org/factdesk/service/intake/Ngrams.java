package org.factdesk.service.intake;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lower-cased word unigrams and bigrams, numbers folded into one token (so "1 million" and "3 million" share
 * evidence), hashed into 2^bits buckets. One implementation for training (tools) and scoring (service), so a
 * model never meets buckets other than the ones it was trained on; {@link Features} tokenises and hashes with it
 * too.
 */
public final class Ngrams {

    /** Words (with one inner apostrophe), numbers with their separators, and the signs that carry meaning. */
    static final Pattern WORD = Pattern.compile("[\\p{L}]+(?:['’][\\p{L}]+)?|\\d[\\d,.]*|[%$?!]");

    private final int bits;

    public Ngrams(int bits) {
        if (bits < 1 || bits > 30) {
            throw new IllegalArgumentException("hash bits must be 1 to 30, got " + bits);
        }
        this.bits = bits;
    }

    public int bits() {
        return bits;
    }

    /** Number of buckets, 2^bits. */
    public int size() {
        return 1 << bits;
    }

    /** The distinct buckets of the sentence's unigrams and bigrams (the first word pairs with a start mark). */
    public int[] buckets(String sentence) {
        Matcher m = WORD.matcher(sentence.toLowerCase(Locale.ROOT));
        int[] out = new int[32];
        int n = 0;
        String prev = "<s>";
        while (m.find()) {
            String w = word(m.group());
            if (n + 2 > out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            out[n++] = hash("u:" + w) & (size() - 1);
            out[n++] = hash("b:" + prev + ' ' + w) & (size() - 1);
            prev = w;
        }
        return Arrays.stream(out, 0, n).distinct().toArray();
    }

    /** The token a matched word stands for: itself, or {@code <num>} for a number. */
    static String word(String match) {
        return Character.isDigit(match.charAt(0)) ? "<num>" : match;
    }

    /** A well-mixed hash of a feature name; its low bits pick the bucket. */
    static int hash(String feature) {
        int h = feature.hashCode() * 0x9E3779B9;
        h ^= h >>> 15;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        return h;
    }
}
