package org.factdesk.service.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Acronyms a text defines: explicitly ("Syrian Observatory for Human Rights (SOHR)") or implicitly, by
 * naming "the National Front for Liberation" in one paragraph and "the NFL" in another. Only
 * acronyms that occur in the text are looked for, so capitalised phrases cannot invent new ones.
 */
final class Acronyms {

    private static final Pattern ACRONYM = Pattern.compile("\\b\\p{Lu}{2,7}\\b");
    private static final Pattern PHRASE =
            Pattern.compile("\\p{Lu}[\\p{L}’'-]*(?:\\s+(?:(?:of|for|the|and|on|de|al)\\s+)*\\p{Lu}[\\p{L}’'-]*)+");
    private static final Pattern PARENTHESISED = Pattern.compile("\\s*\\((\\p{Lu}{2,7})\\)");

    private final Map<String, String> expansions;

    private Acronyms(Map<String, String> expansions) {
        this.expansions = expansions;
    }

    static Acronyms of(String text) {
        Set<String> used = new HashSet<>();
        Matcher a = ACRONYM.matcher(text);
        while (a.find()) {
            used.add(a.group());
        }
        Map<String, String> map = new HashMap<>();
        if (used.isEmpty()) {
            return new Acronyms(map);
        }
        Matcher p = PHRASE.matcher(text);
        List<String[]> implicit = new ArrayList<>();
        while (p.find()) {
            Matcher paren = PARENTHESISED.matcher(text).region(p.end(), text.length());
            String defined = paren.lookingAt() ? paren.group(1) : null;
            String[] words = p.group().split("\\s+");
            for (int from = 0; from < words.length - 1; from++) {
                String initials = initials(words, from);
                if (used.contains(initials)) {
                    String expansion = String.join(" ", List.of(words).subList(from, words.length));
                    if (initials.equals(defined)) {
                        map.put(initials, expansion);
                    } else {
                        implicit.add(new String[] {initials, expansion});
                    }
                    break;
                }
            }
        }
        for (String[] pair : implicit) {
            map.putIfAbsent(pair[0], pair[1]);
        }
        return new Acronyms(map);
    }

    private static String initials(String[] words, int from) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < words.length; i++) {
            if (Character.isUpperCase(words[i].charAt(0))) {
                b.append(words[i].charAt(0));
            }
        }
        return b.toString();
    }

    /** The long form of {@code name} if it is (or is "the" followed by) a defined acronym; else the name. */
    String resolve(String name) {
        if (name == null) {
            return null;
        }
        String bare = name.startsWith("the ") || name.startsWith("The ") ? name.substring(4) : name;
        return expansions.getOrDefault(bare, name);
    }
}
