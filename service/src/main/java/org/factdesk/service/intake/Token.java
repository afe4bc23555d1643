package org.factdesk.service.intake;

/** A word or punctuation mark with its offsets into the analysed text. */
record Token(String text, int start, int end) {

    /** "al-Mustafa", "el-Sisi": a name even though it starts in lower case. */
    private static final java.util.regex.Pattern ARABIC_PARTICLE =
            java.util.regex.Pattern.compile("(?:al|el|ad|as|ash|bin|ibn|abu|abd)-\\p{Lu}");

    String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }

    boolean capitalised() {
        return !text.isEmpty()
                && (Character.isUpperCase(text.charAt(0))
                        || ARABIC_PARTICLE.matcher(text).lookingAt());
    }

    boolean is(String word) {
        return text.equalsIgnoreCase(word);
    }
}
