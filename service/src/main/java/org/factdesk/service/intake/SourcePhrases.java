package org.factdesk.service.intake;

import java.util.List;
import java.util.Set;

/**
 * Finds the noun phrase naming a speaker next to a reporting verb, reading left ("Naji al-Mustafa
 * said") or right ("said Naji al-Mustafa"), with at most one apposition ("A spokesman for the NFL,
 * Naji al-Mustafa, said"). A phrase is capitalised words, role words (spokesman, officials),
 * organisation words (ministry, campaign) and the small words that join them (of, for, the, ’s).
 */
final class SourcePhrases {

    /** Token index range, both ends inclusive. */
    record Span(int start, int end) {}

    private static final Set<String> NOT_NAMES = Set.of(
            "but",
            "and",
            "yet",
            "so",
            "then",
            "meanwhile",
            "however",
            "still",
            "now",
            "in",
            "on",
            "at",
            "also",
            "later",
            "when",
            "while",
            "after",
            "before",
            "as",
            "if",
            "because",
            "although",
            "though",
            "since",
            "with",
            "without",
            "for",
            "of",
            "to",
            "by",
            "from",
            "there",
            "here",
            "this",
            "that",
            "what",
            "who",
            "which",
            "where",
            "why",
            "how",
            "it",
            "he",
            "she",
            "they",
            "we",
            "i",
            "you",
            "today",
            "yesterday",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "instead",
            "indeed",
            "asked",
            "according",
            "last",
            "not",
            "no",
            "yes",
            "well",
            "even",
            "only",
            "just",
            "both",
            "all",
            "many",
            "most",
            "some");
    private static final Set<String> WEEKDAYS = Set.of(
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "today",
            "yesterday",
            "tonight");

    private static final int MAX_APPOSITION = 30;
    private static final Set<String> DASHES = Set.of("-", "—", "–");
    private static final Set<String> QUOTE_MARKS = Set.of("\"", "“", "”", "‘", "’", "''");

    private SourcePhrases() {}

    /** The speaker phrase(s) ending just before {@code verb}; empty if none. */
    static List<Span> left(List<Token> t, int verb) {
        int j = verb - 1;
        while (j >= 0 && Lexicon.BETWEEN.contains(t.get(j).lower())) {
            j--;
        }
        if (j >= 1 && WEEKDAYS.contains(t.get(j).lower()) && t.get(j - 1).is("on")) {
            j -= 2;
        }
        if (j >= 2
                && t.get(j).is("time")
                && t.get(j - 1).is("the")
                && t.get(j - 2).is("at")) {
            j -= 3;
        }
        while (j >= 0 && Lexicon.BETWEEN.contains(t.get(j).lower())) {
            j--;
        }
        if (j >= 0 && t.get(j).is(")")) {
            int open = j;
            while (open > 0 && !t.get(open).is("(")) {
                open--;
            }
            j = t.get(open).is("(") && j - open < 8 ? open - 1 : j;
        }
        if (j < 0) {
            return List.of();
        }
        if (t.get(j).is(",") || DASHES.contains(t.get(j).text())) {
            return apposition(t, j);
        }
        if (t.get(j).is("and") || t.get(j).is("but")) {
            Span subject = collectRight(t, 0);
            return subject != null ? List.of(subject) : List.of();
        }
        Span np = collectLeft(t, j);
        return np == null ? List.of() : List.of(np);
    }

    /**
     * "NAME, DESCRIPTION, said": the name must open the sentence or follow a boundary; the description
     * ("a spokesman for the NFL", "who has tangled with Cruz repeatedly", "27, a Tinder user in New
     * York") may hold further commas. A short noun phrase between the commas may also be the name
     * itself: "A spokesman for the NFL, Naji al-Mustafa, said".
     */
    private static List<Span> apposition(List<Token> t, int comma) {
        int found = 0;
        String delimiter = t.get(comma).text();
        for (int c = comma - 1; c > 0 && comma - c <= MAX_APPOSITION; c--) {
            Token tok = t.get(c);
            if (QUOTE_MARKS.contains(tok.text())) {
                return List.of();
            }
            if (!tok.text().equals(delimiter) || ++found > 3) {
                continue;
            }
            int nameEnd = c - 1;
            if (t.get(nameEnd).is(")")) {
                int open = nameEnd;
                while (open > 0 && !t.get(open).is("(") && nameEnd - open < 8) {
                    open--;
                }
                nameEnd = t.get(open).is("(") ? open - 1 : nameEnd;
            }
            Span a = collectLeft(t, nameEnd);
            if (a == null || a.start() > 0 && !boundary(t.get(a.start() - 1))) {
                continue;
            }
            Span b = collectRight(t, c + 1);
            if (b != null && b.end() == comma - 1) {
                return List.of(a, b);
            }
            return b != null && b.start() == c + 1 ? List.of(a, new Span(c + 1, comma - 1)) : List.of(a);
        }
        return List.of();
    }

    /** The speaker phrase(s) starting at {@code from}, as after "said" or "according to". */
    static List<Span> right(List<Token> t, int from) {
        Span a = collectRight(t, from);
        if (a == null) {
            return List.of();
        }
        int next = a.end() + 1;
        if (next < t.size() && t.get(next).is(",")) {
            Span b = collectRight(t, next + 1);
            if (b != null && (b.end() + 1 == t.size() || boundary(t.get(b.end() + 1)))) {
                return List.of(a, b);
            }
        }
        return List.of(a);
    }

    private static boolean boundary(Token token) {
        return !Character.isLetterOrDigit(token.text().charAt(0)) || token.is("and") || token.is("but");
    }

    private static Span collectLeft(List<Token> t, int end) {
        if (end < 0) {
            return null;
        }
        if (pronoun(t.get(end))) {
            return new Span(end, end);
        }
        int k = end;
        boolean content = false;
        while (k >= 0) {
            Token tok = t.get(k);
            String l = tok.lower();
            if (accepted(t, k, end)) {
                content = true;
                k--;
            } else if (content && Lexicon.DETERMINERS.contains(l)) {
                k--;
                if (k >= 1 && Lexicon.CONTENT_CONNECTORS.contains(t.get(k).lower()) && accepted(t, k - 1, end)) {
                    k--;
                    continue;
                }
                break;
            } else if (content && Lexicon.CONNECTORS.contains(l) && k >= 1 && accepted(t, k - 1, end)) {
                k--;
            } else {
                break;
            }
        }
        return content ? new Span(k + 1, end) : null;
    }

    private static Span collectRight(List<Token> t, int start) {
        if (start >= t.size()) {
            return null;
        }
        if (pronoun(t.get(start))) {
            return new Span(start, start);
        }
        int k = start;
        while (k < t.size() && Lexicon.DETERMINERS.contains(t.get(k).lower())) {
            k++;
        }
        int last = -1;
        while (k < t.size()) {
            String l = t.get(k).lower();
            if (accepted(t, k, t.size() - 1)) {
                last = k++;
            } else if (last >= 0 && (Lexicon.CONNECTORS.contains(l) || Lexicon.DETERMINERS.contains(l))) {
                k++;
            } else {
                break;
            }
        }
        return last < 0 ? null : new Span(start, last);
    }

    private static boolean pronoun(Token token) {
        String l = token.lower();
        return Lexicon.PERSON_PRONOUNS.contains(l) || Lexicon.OTHER_PRONOUNS.contains(l);
    }

    private static boolean accepted(List<Token> t, int k, int limit) {
        Token tok = t.get(k);
        String l = tok.lower();
        if (!Character.isLetter(tok.text().charAt(0))) {
            return false;
        }
        if (tok.capitalised()) {
            return !NOT_NAMES.contains(l);
        }
        if (Lexicon.roleWord(l) || Lexicon.ORG_WORDS.contains(l)) {
            return true;
        }
        return Lexicon.ROLE_MODIFIERS.contains(l)
                && k < limit
                && (Lexicon.roleWord(t.get(k + 1).lower())
                        || k + 1 < limit
                                && Lexicon.ROLE_MODIFIERS.contains(t.get(k + 1).lower())
                                && Lexicon.roleWord(t.get(k + 2).lower()));
    }
}
