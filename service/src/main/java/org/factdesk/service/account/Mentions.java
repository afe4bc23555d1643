package org.factdesk.service.account;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code @username} mentions in free text. A mention starts at a word boundary (so an e-mail address is
 * not one) and may contain letters, digits, dots, dashes and underscores; a trailing dot ends the sentence, not
 * the name. Whether the name belongs to a user is the caller's question.
 */
public final class Mentions {

    private static final Pattern MENTION = Pattern.compile("(?<![\\w@.])@([A-Za-z0-9][A-Za-z0-9._-]*)");

    private Mentions() {}

    /** The mentioned names, lower-cased, in order of first appearance, each once. */
    public static Set<String> usernames(String text) {
        Set<String> names = new LinkedHashSet<>();
        for (Part part : split(text)) {
            if (part.mention() != null) {
                names.add(part.mention());
            }
        }
        return names;
    }

    /** The text cut into plain runs and mentions, in order, so a page can highlight the mentions. */
    public static List<Part> split(String text) {
        List<Part> parts = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return parts;
        }
        Matcher matcher = MENTION.matcher(text);
        int plainFrom = 0;
        while (matcher.find()) {
            String name = matcher.group(1);
            int end = matcher.end();
            while (name.endsWith(".") || name.endsWith("-") || name.endsWith("_")) {
                name = name.substring(0, name.length() - 1);
                end--;
            }
            if (matcher.start() > plainFrom) {
                parts.add(new Part(text.substring(plainFrom, matcher.start()), null));
            }
            parts.add(new Part(text.substring(matcher.start(), end), name.toLowerCase(Locale.ROOT)));
            plainFrom = end;
        }
        if (plainFrom < text.length()) {
            parts.add(new Part(text.substring(plainFrom), null));
        }
        return parts;
    }

    /** A run of text; {@code mention} is the user name when the run is a mention, else null. */
    public record Part(String text, String mention) {}
}
