package org.factdesk.service.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular-expression tokenizer. Attribution needs only words, possessives and punctuation with
 * offsets, and this is several times faster than the statistical tokenizer on news text.
 */
final class Tokens {

    private static final Pattern TOKEN = Pattern.compile(
            "(?:Mr|Mrs|Ms|Dr|Gen|Col|Sen|Rep|Gov|Lt|Sgt|Prof|Capt|Maj|Adm|Rev|St|Jr)\\.(?=\\s)"
                    + "|(?:\\p{Lu}\\.){2,}"
                    + "|[\\p{L}\\p{N}]+(?:[-.&/][\\p{L}\\p{N}]+)*"
                    + "|['’]s\\b"
                    + "|''"
                    + "|\\S");

    private Tokens() {
    }

    static List<Token> of(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(from, to);
        while (m.find()) {
            tokens.add(new Token(m.group(), m.start(), m.end()));
        }
        return tokens;
    }
}
