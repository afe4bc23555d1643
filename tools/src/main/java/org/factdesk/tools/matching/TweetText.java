package org.factdesk.tools.matching;

import java.util.regex.Pattern;

/**
 * Cleans a tweet as the CheckThat! files print it ("text pic.twitter.com/… — Name (@handle) January 14,
 * 2020") down to what the author claimed: links, the signature line and markup go, hashtags keep their
 * words ("#DefundTheCBC" becomes "Defund The CBC").
 */
final class TweetText {

    private static final Pattern SIGNATURE =
            Pattern.compile("\\s*[—–]\\s*[^—–]*\\(@\\w+\\)\\s*\\w+ \\d{1,2}, \\d{4}\\s*$");
    private static final Pattern LINK = Pattern.compile("(https?://|pic\\.twitter\\.com/|www\\.)\\S*");
    private static final Pattern HANDLE = Pattern.compile("@(\\w+)");
    private static final Pattern HASHTAG = Pattern.compile("#(\\w+)");
    private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])\\s+|\\s+[—–]\\s+|\\n+");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private TweetText() {}

    /** Only the links go; the author's name and handle stay (they often name whom the claim is about). */
    static String withoutLinks(String tweet) {
        String s = SPACE.matcher(LINK.matcher(tweet).replaceAll(" "))
                .replaceAll(" ")
                .trim();
        return s.isEmpty() ? tweet : s;
    }

    /** The sentences of a tweet that have three words or more (none when it is one sentence). */
    static java.util.List<String> sentences(String tweet) {
        String[] parts = SENTENCE_END.split(tweet);
        java.util.List<String> out = new java.util.ArrayList<>();
        if (parts.length < 2) {
            return out;
        }
        for (String part : parts) {
            if (part.trim().split("\\s+").length >= 3) {
                out.add(part.trim());
            }
        }
        return out;
    }

    static String clean(String tweet) {
        String s = SIGNATURE.matcher(tweet).replaceAll("");
        s = LINK.matcher(s).replaceAll(" ");
        s = HANDLE.matcher(s).replaceAll("$1");
        java.util.regex.Matcher h = HASHTAG.matcher(s);
        StringBuilder b = new StringBuilder();
        while (h.find()) {
            h.appendReplacement(
                    b,
                    java.util.regex.Matcher.quoteReplacement(
                            CAMEL.matcher(h.group(1)).replaceAll(" ")));
        }
        h.appendTail(b);
        s = SPACE.matcher(b.toString().replace("\"\"", "\"")).replaceAll(" ").trim();
        return s.isEmpty() ? tweet : s;
    }
}
