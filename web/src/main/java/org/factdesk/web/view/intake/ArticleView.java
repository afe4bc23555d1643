package org.factdesk.web.view.intake;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.service.intake.Analysis;
import org.factdesk.service.intake.AnalyzedSentence;
import org.factdesk.service.intake.Hedge;

/**
 * An analysed article cut into what the page prints: paragraphs of segments, each a piece of a sentence with
 * the style of its check-worthiness band and, for hedges, a hedge mark. Built once per analysis, so the page's
 * getters do no work.
 */
public record ArticleView(List<List<Segment>> paragraphs) implements Serializable {

    /**
     * Check-worthiness bands: 0 for a sentence that is not a candidate claim (the analysis decides), then 1 to 3
     * (very likely worth checking).
     */
    static int band(Analysis analysis, AnalyzedSentence s) {
        if (!analysis.isCandidate(s)) {
            return 0;
        }
        return s.checkWorthiness() >= 0.7 ? 3 : s.checkWorthiness() >= 0.45 ? 2 : 1;
    }

    /** A run of text; {@code hedge} when it is a caveat; {@code sentence} is the index of its sentence. */
    public record Segment(String text, int band, boolean hedge, int sentence, double score) implements Serializable {

        public String getStyleClass() {
            return "fd-cw-" + band + (hedge ? " fd-hedge" : "");
        }
    }

    public static ArticleView of(Analysis analysis) {
        String text = analysis.text();
        List<List<Segment>> paragraphs = new ArrayList<>();
        List<Segment> current = new ArrayList<>();
        int previousEnd = 0;
        for (AnalyzedSentence s : analysis.sentences()) {
            if (text.substring(previousEnd, s.start()).contains("\n") && !current.isEmpty()) {
                paragraphs.add(current);
                current = new ArrayList<>();
            }
            int band = band(analysis, s);
            int at = s.start();
            List<Hedge> inside = s.hedges().stream()
                    .filter(h -> h.start() >= s.start() && h.end() <= s.end())
                    .sorted(java.util.Comparator.comparingInt(Hedge::start))
                    .toList();
            for (Hedge h : inside) {
                if (h.start() < at) {
                    continue;
                }
                add(current, text.substring(at, h.start()), band, false, s);
                add(current, text.substring(h.start(), h.end()), band, true, s);
                at = h.end();
            }
            add(current, text.substring(at, s.end()) + " ", band, false, s);
            previousEnd = s.end();
        }
        if (!current.isEmpty()) {
            paragraphs.add(current);
        }
        return new ArticleView(paragraphs);
    }

    private static void add(List<Segment> to, String text, int band, boolean hedge, AnalyzedSentence s) {
        if (!text.isEmpty()) {
            to.add(new Segment(text, band, hedge, s.index(), s.checkWorthiness()));
        }
    }
}
