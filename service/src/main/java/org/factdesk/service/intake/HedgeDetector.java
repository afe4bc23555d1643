package org.factdesk.service.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.model.claim.HedgeKind;

/**
 * Finds the caveats wire copy prints about its own claims. Phrasing is formulaic ("could not be
 * independently verified", "there was no immediate comment from …"), so patterns beat a model here.
 */
final class HedgeDetector {

    /** A pattern and the cheap substrings one of which must occur before the pattern is tried. */
    private record Rule(HedgeKind kind, Pattern pattern, List<String> triggers) {}

    private static final String CLAUSE = "[^.;,!?]*?(?=\\s+(?:and|but)\\s|[.;,!?]|$)";
    private static final List<Rule> RULES = List.of(
            rule(
                    HedgeKind.UNVERIFIED,
                    "(?:could|can|cannot|can't|could not|has not|have not|had not|was not|"
                            + "were not|is not|are not)\\s+(?:not\\s+)?(?:be\\s+|been\\s+)?(?:immediately\\s+|"
                            + "independently\\s+)+(?:be\\s+)?(?:verified|confirmed)",
                    "verif",
                    "confirm"),
            rule(
                    HedgeKind.UNVERIFIED,
                    "(?:was|were) unable to (?:independently )?(?:verify|confirm)"
                            + "|\\bunconfirmed reports?\\b|\\bunverified\\b|\\bnot (?:been )?(?:independently )?verified\\b"
                            + "|could not (?:independently )?(?:verify|confirm)",
                    "verif",
                    "confirm"),
            rule(
                    HedgeKind.NO_COMMENT,
                    "there (?:was|has been|were) no (?:immediate )?(?:comment|response|reaction)" + CLAUSE,
                    "comment",
                    "response",
                    "reaction"),
            rule(
                    HedgeKind.NO_COMMENT,
                    "(?:declined|refused) to comment|did not (?:immediately )?respond to "
                            + "(?:a |an )?(?:requests?|emails?|calls?|messages?)(?: for comment)?|could not be reached "
                            + "for comment|did not (?:immediately )?return (?:a |an )?(?:requests?|calls?|messages?)"
                            + "(?: for comment)?|no immediate comment" + CLAUSE,
                    "comment",
                    "respond",
                    "return",
                    "reached"),
            rule(
                    HedgeKind.ANONYMOUS_SOURCE,
                    "(?:speaking |spoke |who spoke )?on (?:the )?condition of anonymity"
                            + "|who (?:asked|declined) (?:not )?to be (?:named|identified)|according to (?:a |one |two |"
                            + "several )?(?:sources?|officials?|people familiar)\\b[^.;,]*?(?=[.;,]|$)|(?:a |one |two )?"
                            + "sources? (?:close to|familiar with)[^.;,]*?(?=[.;,]|$)|people familiar with[^.;,]*?"
                            + "(?=[.;,]|$)|\\bunnamed (?:sources?|officials?)|\\banonymous sources?",
                    "anonym",
                    "named",
                    "identified",
                    "source",
                    "familiar"),
            rule(
                    HedgeKind.ALLEGED,
                    "\\b(?:allegedly|reportedly|purportedly|supposedly|alleged)\\b"
                            + "|\\b(?:is|are|was|were) (?:said|believed|thought|reported) to\\b",
                    "alleg",
                    "reported",
                    "purported",
                    "suppos",
                    "said to",
                    "believed to",
                    "thought to"),
            rule(
                    HedgeKind.OTHER,
                    "\\bit (?:was|is|remains) (?:not|un)(?: immediately)? ?clear\\b" + CLAUSE
                            + "|\\bapparently\\b|\\bcould not be determined\\b",
                    "clear",
                    "apparently",
                    "determined"));

    private HedgeDetector() {}

    private static Rule rule(HedgeKind kind, String regex, String... triggers) {
        return new Rule(kind, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), List.of(triggers));
    }

    /** Hedges inside {@code [from, to)} of {@code text}, with offsets into the text; overlaps dropped. */
    static List<Hedge> find(String text, int from, int to, int sentence) {
        List<Hedge> found = new ArrayList<>();
        String lower = text.substring(from, to).toLowerCase(Locale.ROOT);
        for (Rule r : RULES) {
            if (r.triggers().stream().noneMatch(lower::contains)) {
                continue;
            }
            Matcher m = r.pattern().matcher(text).region(from, to);
            while (m.find()) {
                int s = m.start();
                int e = m.end();
                if (found.stream().noneMatch(h -> h.start() < e && s < h.end())) {
                    found.add(new Hedge(text.substring(s, e), s, e, r.kind(), sentence));
                }
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }
}
