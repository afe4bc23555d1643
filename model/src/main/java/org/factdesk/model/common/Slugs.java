package org.factdesk.model.common;

import java.text.Normalizer;
import java.util.Locale;

/** Readable address words from a text: "Écluse bridge was hit!" → "ecluse-bridge-was-hit". */
public final class Slugs {

    /** Longest slug: a few words are enough to recognise an address; the id makes it unique. */
    public static final int MAX = 60;

    private Slugs() {}

    /** Lower-case ASCII letters and digits, words joined by hyphens, cut at a word within {@link #MAX}. */
    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(
                        text.replace("æ", "ae")
                                .replace("Æ", "Ae")
                                .replace("ø", "o")
                                .replace("Ø", "O")
                                .replace("ß", "ss"),
                        Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() <= MAX) {
            return slug;
        }
        int cut = slug.lastIndexOf('-', MAX);
        return slug.substring(0, cut > 0 ? cut : MAX);
    }
}
