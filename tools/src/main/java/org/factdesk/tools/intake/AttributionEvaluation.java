package org.factdesk.tools.intake;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.service.intake.AnalyzedSentence;
import org.factdesk.service.intake.TextAnalyzer;

/**
 * Speaker accuracy on PolNeAR. Recall: of the speech attributions (said, told, according to …) whose
 * source is named, the share whose sentence we attribute to that source. Precision: of our sentence
 * attributions, the share whose speaker matches a source the annotator gave in that sentence. A match
 * is the speaker's last capitalised word (or last word) appearing in the annotated source, so "Corey
 * Lewandowski" matches "Trump campaign manager Corey Lewandowski". The same figures are printed for
 * the three-regex yardstick of the data README.
 */
final class AttributionEvaluation {

    private static final Pattern SPEECH = Pattern.compile("(?i)\\b(said|says|say|saying|told|tell|tells|according"
            + "|claim\\w*|stated|states|den(ied|ies|y)|add(ed|s)|announc\\w*|accus\\w*|warn\\w*|insist\\w*|explain"
            + "\\w*|not(ed|es)|argu\\w*|assert\\w*|alleg\\w*|confirm\\w*|report\\w*|wrote|writes|tweet\\w*|testif"
            + "\\w*|acknowledg\\w*|admit\\w*|declar\\w*|maintain\\w*|stress\\w*|repl\\w*|respond\\w*|predict\\w*"
            + "|charg\\w*|counter\\w*|conced\\w*|repeat\\w*|ask\\w*|promis\\w*|vow\\w*|pledg\\w*|suggest\\w*"
            + "|complain\\w*)\\b");
    private static final Set<String> UNNAMED = Set.of(
            "he", "she", "they", "it", "we", "i", "the", "a", "an", "his", "her", "their", "this", "that", "you", "our",
            "its", "one", "some", "many");
    private static final String NAME = "(\\p{Lu}[\\p{L}.’'-]*(?:\\s+\\p{Lu}[\\p{L}.’'-]*)*)";
    private static final List<Pattern> YARDSTICK = List.of(
            Pattern.compile(NAME + "\\s+(?:said|says|told)\\b"),
            Pattern.compile("\\b(?:said|says|told)\\s+" + NAME),
            Pattern.compile("\\baccording to\\s+(?:the\\s+)?" + NAME));

    private AttributionEvaluation() {}

    static void run(Path dir, PrintStream out) throws IOException {
        TextAnalyzer analyzer = TextAnalyzer.create();
        List<PolnearArticle> articles = PolnearArticle.readAll(dir);
        int[] ours = new int[4];
        int[] regex = new int[4];
        for (PolnearArticle article : articles) {
            List<AnalyzedSentence> sentences = analyzer.analyze(article.text()).sentences();
            for (AnalyzedSentence s : sentences) {
                List<PolnearArticle.Relation> gold = new ArrayList<>();
                for (PolnearArticle.Relation r : article.relations()) {
                    if (r.cueStart() >= s.start() && r.cueStart() < s.end()) {
                        gold.add(r);
                    }
                }
                List<String> mine = new ArrayList<>();
                s.attribution().ifPresent(a -> {
                    mine.add(a.speaker());
                    mine.add(a.mention());
                });
                count(gold, mine, ours);
                count(gold, yardstick(s.text()).map(List::of).orElse(List.of()), regex);
            }
        }
        out.printf("%s: %d articles%n", dir, articles.size());
        print(out, "intake attribution", ours);
        print(out, "regex yardstick   ", regex);
    }

    /** counts: [named speech relations, of them found, our attributions, of them right]. */
    private static void count(List<PolnearArticle.Relation> gold, List<String> candidates, int[] counts) {
        for (PolnearArticle.Relation r : gold) {
            if (r.source() != null
                    && named(r.source())
                    && SPEECH.matcher(r.cue()).find()) {
                counts[0]++;
                counts[1] += candidates.stream().anyMatch(c -> matches(c, r.source())) ? 1 : 0;
            }
        }
        if (!candidates.isEmpty()) {
            counts[2]++;
            counts[3] += gold.stream()
                            .anyMatch(r ->
                                    r.source() != null && candidates.stream().anyMatch(c -> matches(c, r.source())))
                    ? 1
                    : 0;
        }
    }

    private static void print(PrintStream out, String label, int[] c) {
        double recall = c[1] / (double) Math.max(1, c[0]);
        double precision = c[3] / (double) Math.max(1, c[2]);
        out.printf(
                Locale.ROOT,
                "%s recall %.3f (%d/%d named speech attributions)  precision %.3f (%d/%d)  F1 %.3f%n",
                label,
                recall,
                c[1],
                c[0],
                precision,
                c[3],
                c[2],
                precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
    }

    private static Optional<String> yardstick(String sentence) {
        for (Pattern p : YARDSTICK) {
            Matcher m = p.matcher(sentence);
            if (m.find()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    private static boolean named(String source) {
        return Arrays.stream(source.split("[\\s,]+"))
                .anyMatch(w -> !w.isEmpty()
                        && Character.isUpperCase(w.charAt(0))
                        && !UNNAMED.contains(w.toLowerCase(Locale.ROOT)));
    }

    static boolean matches(String candidate, String source) {
        String[] words = candidate.split("[^\\p{L}\\p{N}]+");
        String key = null;
        for (String w : words) {
            if (!w.isEmpty()
                    && (key == null || Character.isUpperCase(w.charAt(0)) || !Character.isUpperCase(key.charAt(0)))) {
                key = w;
            }
        }
        if (key == null) {
            return false;
        }
        Set<String> gold =
                new HashSet<>(Arrays.asList(source.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
        return gold.contains(key.toLowerCase(Locale.ROOT));
    }
}
