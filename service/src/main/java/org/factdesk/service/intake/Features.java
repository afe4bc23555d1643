package org.factdesk.service.intake;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a sentence into a sparse feature vector for the check-worthiness model: hashed word unigrams
 * and bigrams (tokenised and hashed as {@link Ngrams} does, numbers folded into one token) plus hand
 * features for what makes a sentence checkable — figures, casualty words, named things, reporting
 * verbs — and what makes it chatter: first and second person, questions, greetings.
 */
public final class Features {

    /** Number of hash buckets; 2^18 floats keep the weights file near 1 MB before compression. */
    public static final int DIM = 1 << 18;

    private static final Pattern CAPITALISED = Pattern.compile("(?<=\\s)\\p{Lu}[\\p{L}]+");
    private static final Pattern YEAR = Pattern.compile("\\b(1[89]|20)\\d\\d\\b");
    private static final Set<String> CASUALTY = Set.of(
            "killed",
            "dead",
            "died",
            "deaths",
            "death",
            "wounded",
            "injured",
            "displaced",
            "refugees",
            "casualties",
            "victims",
            "fighters",
            "soldiers",
            "attack",
            "attacks",
            "strike",
            "strikes",
            "missiles",
            "rockets",
            "projectiles",
            "shelling",
            "civilians",
            "troops",
            "offensive",
            "bombing",
            "unemployment",
            "jobs",
            "taxes",
            "tax",
            "deficit",
            "debt",
            "budget",
            "percent",
            "million",
            "billion",
            "thousand",
            "thousands",
            "hundreds",
            "dozens");
    private static final Set<String> REPORTING = Set.of(
            "said",
            "says",
            "told",
            "claimed",
            "claims",
            "stated",
            "denied",
            "added",
            "announced",
            "accused",
            "warned",
            "insisted",
            "according",
            "reported",
            "recorded");
    private static final Set<String> FIRST_PERSON =
            Set.of("i", "me", "my", "we", "our", "us", "i'm", "i've", "we're", "we've", "i’m", "we’re");
    private static final Set<String> SECOND_PERSON = Set.of("you", "your", "you're", "you’re");
    private static final Set<String> GREETING = Set.of(
            "hello",
            "thank",
            "thanks",
            "welcome",
            "evening",
            "morning",
            "congratulations",
            "applause",
            "laughter",
            "goodnight",
            "gentlemen",
            "ladies");
    private static final Set<String> QUANTITY = Set.of(
            "most",
            "more",
            "less",
            "fewer",
            "largest",
            "biggest",
            "highest",
            "lowest",
            "deadliest",
            "first",
            "only",
            "every",
            "all",
            "over",
            "nearly",
            "almost",
            "some",
            "half",
            "twice",
            "doubled",
            "increased",
            "decreased",
            "cut",
            "raised",
            "rose",
            "fell");

    private Features() {}

    /** A sparse vector: parallel arrays of bucket indices and values. */
    public record Vector(int[] index, float[] value) {}

    public static Vector extract(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        Matcher m = Ngrams.WORD.matcher(lower);
        int[] idx = new int[64];
        float[] val = new float[64];
        int n = 0;
        String prev = "<s>";
        int words = 0;
        int numbers = 0;
        int casualty = 0;
        int quantity = 0;
        boolean reporting = false;
        boolean first = false;
        boolean second = false;
        boolean greeting = false;
        while (m.find()) {
            String w = m.group();
            if (Character.isDigit(w.charAt(0))) {
                numbers++;
                w = "<num>";
            }
            words++;
            casualty += CASUALTY.contains(w) ? 1 : 0;
            quantity += QUANTITY.contains(w) ? 1 : 0;
            reporting |= REPORTING.contains(w);
            first |= FIRST_PERSON.contains(w);
            second |= SECOND_PERSON.contains(w);
            greeting |= GREETING.contains(w);
            if (n + 2 >= idx.length) {
                idx = Arrays.copyOf(idx, idx.length * 2);
                val = Arrays.copyOf(val, val.length * 2);
            }
            idx[n] = bucket("u:" + w);
            val[n++] = 1f;
            idx[n] = bucket("b:" + prev + ' ' + w);
            val[n++] = 1f;
            prev = w;
        }
        int capitalised = 0;
        Matcher c = CAPITALISED.matcher(sentence);
        while (c.find()) {
            capitalised++;
        }
        float[] hand = {
            numbers > 0 ? 1 : 0,
            (float) Math.log1p(numbers),
            lower.contains("%") || lower.contains("percent") || lower.contains("per cent") ? 1 : 0,
            lower.contains("$") || lower.contains("dollar") ? 1 : 0,
            YEAR.matcher(lower).find() ? 1 : 0,
            (float) Math.log1p(casualty),
            (float) Math.log1p(quantity),
            (float) Math.log1p(capitalised),
            reporting ? 1 : 0,
            first ? 1 : 0,
            second ? 1 : 0,
            lower.contains("?") ? 1 : 0,
            greeting ? 1 : 0,
            words < 6 ? 1 : 0,
            words >= 6 && words < 12 ? 1 : 0,
            words >= 12 && words < 25 ? 1 : 0,
            words >= 25 ? 1 : 0,
        };
        if (n + hand.length + 1 >= idx.length) {
            idx = Arrays.copyOf(idx, n + hand.length + 1);
            val = Arrays.copyOf(val, n + hand.length + 1);
        }
        for (int i = 0; i < hand.length; i++) {
            if (hand[i] != 0) {
                idx[n] = bucket("h:" + i);
                val[n++] = hand[i];
            }
        }
        return new Vector(Arrays.copyOf(idx, n), Arrays.copyOf(val, n));
    }

    private static int bucket(String feature) {
        return Ngrams.hash(feature) & (DIM - 1);
    }
}
