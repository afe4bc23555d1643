package org.factdesk.service.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.model.claim.HedgeKind;

/**
 * Finds the caveats wire copy prints about its own claims. Phrasing is formulaic ("could not be
 * independently verified", "there was no immediate comment from …"), so patterns beat a model here.
 */
final class HedgeDetector {

    private record Rule(HedgeKind kind, Pattern pattern) {
    }

    private static final String CLAUSE = "[^.;,!?]*?(?=\\s+(?:and|but)\\s|[.;,!?]|$)";
    private static final List<Rule> RULES = List.of(
            rule(HedgeKind.UNVERIFIED, "(?:could|can|cannot|can't|could not|has not|have not|had not|was not|"
                    + "were not|is not|are not)\\s+(?:not\\s+)?(?:be\\s+|been\\s+)?(?:immediately\\s+|"
                    + "independently\\s+)+(?:be\\s+)?(?:verified|confirmed)"),
            rule(HedgeKind.UNVERIFIED, "(?:was|were) unable to (?:independently )?(?:verify|confirm)"
                    + "|\\bunconfirmed reports?\\b|\\bunverified\\b|\\bnot (?:been )?(?:independently )?verified\\b"
                    + "|could not (?:independently )?(?:verify|confirm)"),
            rule(HedgeKind.NO_COMMENT, "there (?:was|has been|were) no (?:immediate )?(?:comment|response|reaction)"
                    + CLAUSE),
            rule(HedgeKind.NO_COMMENT, "(?:declined|refused) to comment|did not (?:immediately )?respond to "
                    + "(?:a |an )?(?:requests?|emails?|calls?|messages?)(?: for comment)?|could not be reached "
                    + "for comment|did not (?:immediately )?return (?:a |an )?(?:requests?|calls?|messages?)"
                    + "(?: for comment)?|no immediate comment" + CLAUSE),
            rule(HedgeKind.ANONYMOUS_SOURCE, "(?:speaking |spoke |who spoke )?on (?:the )?condition of anonymity"
                    + "|who (?:asked|declined) (?:not )?to be (?:named|identified)|according to (?:a |one |two |"
                    + "several )?(?:sources?|officials?|people familiar)\\b[^.;,]*?(?=[.;,]|$)|(?:a |one |two )?"
                    + "sources? (?:close to|familiar with)[^.;,]*?(?=[.;,]|$)|people familiar with[^.;,]*?"
                    + "(?=[.;,]|$)|\\bunnamed (?:sources?|officials?)|\\banonymous sources?"),
            rule(HedgeKind.ALLEGED, "\\b(?:allegedly|reportedly|purportedly|supposedly|alleged)\\b"
                    + "|\\b(?:is|are|was|were) (?:said|believed|thought|reported) to\\b"),
            rule(HedgeKind.OTHER, "\\bit (?:was|is|remains) (?:not|un)(?: immediately)? ?clear\\b" + CLAUSE
                    + "|\\bapparently\\b|\\bcould not be determined\\b"));

    private HedgeDetector() {
    }

    private static Rule rule(HedgeKind kind, String regex) {
        return new Rule(kind, Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
    }

    /** Hedges inside {@code [from, to)} of {@code text}, with offsets into the text; overlaps dropped. */
    static List<Hedge> find(String text, int from, int to, int sentence) {
        List<Hedge> found = new ArrayList<>();
        for (Rule r : RULES) {
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
