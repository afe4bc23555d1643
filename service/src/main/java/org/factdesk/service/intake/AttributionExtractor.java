package org.factdesk.service.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds "who said it" in each sentence of one text, in order. Stateful on purpose: a pronoun ("he
 * said"), a bare title ("the minister said") or a surname resolves to the speaker named earlier in the
 * same text, and acronyms resolve to the long form the text uses elsewhere. Create one per text.
 */
final class AttributionExtractor {

    /** The attribution of a sentence and its content without the attribution. */
    record Found(SpeechAttribution attribution, String assertion) {}

    private record Known(SpeechAttribution attribution, boolean person) {}

    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.");
    private static final Set<String> QUOTES = Set.of("\"", "“", "”", "'", "‘", "’", ",", ":", "—", "-", ";", "''", "–");

    private static final Set<String> SUBORDINATORS = Set.of(
            "who",
            "that",
            "what",
            "when",
            "after",
            "if",
            "because",
            "although",
            "before",
            "since",
            "while",
            "as",
            "whether",
            "which",
            "where",
            "once",
            "until");

    private static final Set<String> CLAIMS_NEXT =
            Set.of("that", "he", "she", "they", "it", "the", "a", ",", ":", "“", "\"", "to");

    private final String text;
    private final Acronyms acronyms;
    private final List<Known> history = new ArrayList<>();

    AttributionExtractor(String text, Acronyms acronyms) {
        this.text = text;
        this.acronyms = acronyms;
    }

    Optional<Found> next(List<Token> t) {
        boolean[] quoted = quoted(t);
        Candidate best = null;
        for (int i = 0; i < t.size(); i++) {
            String l = t.get(i).lower();
            if (quoted[i]) {
                continue;
            }
            List<SourcePhrases.Span> source;
            String verb;
            int cueEnd = i;
            if (l.equals("according") && i + 1 < t.size() && t.get(i + 1).is("to")) {
                source = SourcePhrases.right(t, i + 2);
                verb = "according to";
                if (!source.isEmpty()) {
                    cueEnd = source.get(source.size() - 1).end();
                }
            } else if (Lexicon.REPORTING_VERBS.contains(t.get(i).text())
                    && (i == 0 || !Lexicon.PASSIVE.contains(t.get(i - 1).lower()))
                    && !(i + 1 < t.size() && t.get(i + 1).is("from") && l.equals("reported"))
                    && !(l.equals("claims")
                            && i + 1 < t.size()
                            && !CLAIMS_NEXT.contains(t.get(i + 1).lower()))) {
                verb = t.get(i).text();
                source = SourcePhrases.left(t, i);
                if (source.isEmpty() && (i == 0 || QUOTES.contains(t.get(i - 1).text()))) {
                    source = SourcePhrases.right(t, i + 1);
                    if (!source.isEmpty()) {
                        cueEnd = source.get(source.size() - 1).end();
                    }
                }
            } else {
                continue;
            }
            if (source.isEmpty()) {
                continue;
            }
            int start = Math.min(source.get(0).start(), i);
            boolean subordinate =
                    start > 0 && SUBORDINATORS.contains(t.get(start - 1).lower());
            Candidate c = new Candidate(source, verb, start, cueEnd, subordinate);
            if (best == null || best.subordinate() && !subordinate || verb.equals("according to") && !subordinate) {
                best = c;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        Known who = resolve(describe(t, best.source(), best.verb()));
        history.add(who);
        return Optional.of(new Found(who.attribution(), assertion(t, best.start(), best.cueEnd(), best.verb())));
    }

    private record Candidate(
            List<SourcePhrases.Span> source, String verb, int start, int cueEnd, boolean subordinate) {}

    /**
     * Marks tokens inside quotation marks, where a "said" belongs to the quoted speaker's words. A
     * closing curly quote before any opening one means the sentence began inside a quotation.
     */
    private boolean[] quoted(List<Token> t) {
        boolean[] inside = new boolean[t.size()];
        boolean open = false;
        for (Token tok : t) {
            Boolean opening = opening(tok);
            if (opening != null) {
                open = !opening;
                break;
            }
        }
        for (int i = 0; i < t.size(); i++) {
            Boolean opening = opening(t.get(i));
            if (opening == null) {
                inside[i] = open;
            } else {
                open = opening;
            }
        }
        return inside;
    }

    /** TRUE for an opening quotation mark, FALSE for a closing one, null for any other token. */
    private Boolean opening(Token tok) {
        String x = tok.text();
        if (x.equals("“")) {
            return Boolean.TRUE;
        }
        if (x.equals("”")) {
            return Boolean.FALSE;
        }
        if (x.equals("\"") || x.equals("''")) {
            return tok.end() < text.length() && Character.isLetterOrDigit(text.charAt(tok.end()));
        }
        return null;
    }

    private Known describe(List<Token> t, List<SourcePhrases.Span> parts, String verb) {
        String name = null;
        String role = null;
        String org = null;
        String pronoun = null;
        for (SourcePhrases.Span p : parts) {
            int s = p.start();
            while (s < p.end() && Lexicon.DETERMINERS.contains(t.get(s).lower())) {
                s++;
            }
            int e = p.end();
            if (s == e
                    && (Lexicon.PERSON_PRONOUNS.contains(t.get(s).lower())
                            || Lexicon.OTHER_PRONOUNS.contains(t.get(s).lower()))) {
                pronoun = t.get(s).lower();
                continue;
            }
            int lastRole = -1;
            int connector = -1;
            for (int k = s; k <= e; k++) {
                String l = t.get(k).lower();
                if (Lexicon.roleWord(l) && connector < 0) {
                    lastRole = k;
                } else if (lastRole >= 0 && connector < 0 && Lexicon.CONTENT_CONNECTORS.contains(l)) {
                    connector = k;
                }
            }
            if (lastRole >= 0 && HONORIFICS.contains(t.get(lastRole).lower())) {
                name = name != null ? name : span(t, lastRole + 1, e);
                continue;
            }
            if (lastRole >= 0) {
                int roleStart = lastRole;
                while (roleStart > s
                        && (Lexicon.roleWord(t.get(roleStart - 1).lower())
                                || Lexicon.ROLE_MODIFIERS.contains(
                                        t.get(roleStart - 1).lower()))) {
                    roleStart--;
                }
                role = role != null ? role : span(t, roleStart, lastRole);
                int prefixEnd = roleStart - 1;
                if (prefixEnd >= s && t.get(prefixEnd).text().matches("['’]s")) {
                    prefixEnd--;
                }
                if (prefixEnd >= s && org == null) {
                    org = span(t, s, prefixEnd);
                }
                if (connector >= 0) {
                    int o = connector + 1;
                    while (o < e && Lexicon.DETERMINERS.contains(t.get(o).lower())) {
                        o++;
                    }
                    org = span(t, o, e);
                } else if (lastRole < e && t.get(lastRole + 1).capitalised() && name == null) {
                    name = span(t, lastRole + 1, e);
                }
            } else if (organisation(t, s, e)) {
                org = org != null ? org : span(t, s, e);
            } else if (name == null) {
                name = span(t, s, e);
            }
        }
        org = org == null ? null : acronyms.resolve(org);
        String mention =
                span(t, parts.get(0).start(), parts.get(parts.size() - 1).end());
        if (pronoun != null && name == null && role == null && org == null) {
            return new Known(new SpeechAttribution(pronoun, null, null, verb, mention), false);
        }
        if (name != null) {
            return new Known(new SpeechAttribution(name, role, org, verb, mention), true);
        }
        if (org != null && role == null) {
            return new Known(new SpeechAttribution(org, null, org, verb, mention), false);
        }
        String speaker = role != null ? (org != null ? org + " " + role : role) : mention;
        return new Known(new SpeechAttribution(speaker, role, org, verb, mention), false);
    }

    private boolean organisation(List<Token> t, int s, int e) {
        for (int k = s; k <= e; k++) {
            String w = t.get(k).text();
            if (Lexicon.ORG_WORDS.contains(w.toLowerCase())
                    || w.length() > 1 && w.equals(w.toUpperCase()) && Character.isLetter(w.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /** Back-references: pronouns, bare titles and surnames take the earlier speaker they refer to. */
    private Known resolve(Known found) {
        SpeechAttribution a = found.attribution();
        String speaker = a.speaker();
        for (int i = history.size() - 1; i >= 0; i--) {
            Known k = history.get(i);
            SpeechAttribution h = k.attribution();
            boolean match;
            if (Lexicon.PERSON_PRONOUNS.contains(speaker)) {
                match = k.person();
            } else if (Lexicon.OTHER_PRONOUNS.contains(speaker)) {
                match = !k.person() && !Lexicon.OTHER_PRONOUNS.contains(h.speaker());
            } else if (found.person() && !speaker.contains(" ") && a.role() == null) {
                match = k.person() && h.speaker().endsWith(" " + speaker);
            } else if (!found.person()
                    && a.role() != null
                    && a.organisation() == null
                    && a.mention().toLowerCase().startsWith("the ")) {
                String title = lastWord(a.role());
                match = h.role() != null && lastWord(h.role()).equalsIgnoreCase(title) && k.person();
            } else {
                match = false;
            }
            if (match) {
                return new Known(
                        new SpeechAttribution(h.speaker(), h.role(), h.organisation(), a.verb(), a.mention()),
                        k.person());
            }
        }
        return found;
    }

    private static String lastWord(String s) {
        return s.substring(s.lastIndexOf(' ') + 1);
    }

    private String assertion(List<Token> t, int start, int end, String verb) {
        int from = end + 1;
        while (from < t.size() && (t.get(from).is(",") || t.get(from).is("that"))) {
            from++;
        }
        if (verb.equalsIgnoreCase("told") && from < t.size()) {
            for (int k = from; k < Math.min(t.size() - 1, from + 6); k++) {
                if (t.get(k).is("that") || t.get(k).is(":")) {
                    from = k + 1;
                    break;
                }
            }
            List<SourcePhrases.Span> object =
                    t.get(from - 1).is("that") || t.get(from - 1).is(":") ? List.of() : SourcePhrases.right(t, from);
            if (!object.isEmpty()) {
                from = object.get(object.size() - 1).end() + 1;
                while (from < t.size() && (t.get(from).is(",") || t.get(from).is("that"))) {
                    from++;
                }
            }
        }
        int to = t.size() - 1;
        while (to >= from && !Character.isLetterOrDigit(t.get(to).text().charAt(0))) {
            to--;
        }
        if (to - from >= 2) {
            return trimQuotes(text.substring(t.get(from).start(), t.get(to).end()));
        }
        int last = start - 1;
        while (last >= 0 && QUOTES.contains(t.get(last).text())) {
            last--;
        }
        int first = 0;
        while (first < last && QUOTES.contains(t.get(first).text())) {
            first++;
        }
        return last < first
                ? null
                : trimQuotes(text.substring(t.get(first).start(), t.get(last).end()));
    }

    private static String trimQuotes(String s) {
        return s.replaceAll("^[\"“”‘’'\\s]+|[\"“”‘’'\\s,]+$", "");
    }

    private String span(List<Token> t, int from, int to) {
        return text.substring(t.get(from).start(), t.get(to).end());
    }
}
