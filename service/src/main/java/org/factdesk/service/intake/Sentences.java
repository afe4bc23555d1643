package org.factdesk.service.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.util.Span;

/**
 * Sentence boundaries with offsets. Line breaks always end a sentence (news copy puts one paragraph
 * per line; datelines and "Published in …" stand alone); inside a paragraph the OpenNLP model, loaded
 * once from the classpath, decides.
 */
final class Sentences {

    static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final Pattern PARAGRAPH = Pattern.compile("[^\\r\\n]+");

    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?:\\b(?:Mr|Mrs|Ms|Dr|Rep|Reps|Sen|Sens|Gov|Gen|Lt|Col|Sgt|Capt|Maj|Adm|Prof|Rev|St|Jr|Sr|No|Vol|"
                    + "Gens|Ft|Mt|Hon)|(?<![\\p{L}.])\\p{Lu})\\.$");

    private final ThreadSafeSentenceDetectorME detector;

    Sentences() {
        try (InputStream in = Sentences.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("sentence model " + MODEL + " not on the classpath");
            }
            detector = new ThreadSafeSentenceDetectorME(new SentenceModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The model splits after titles and state abbreviations ("Rep. Elijah Cummings", "Cambridge,
     * Mass., said"); a sentence never starts in lower case or right after a title.
     */
    private static boolean joins(String text, Span previous, Span next) {
        char first = text.charAt(next.getStart());
        return Character.isLowerCase(first)
                || first == ','
                || ABBREVIATION
                        .matcher(text)
                        .region(previous.getStart(), previous.getEnd())
                        .find();
    }

    List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        List<Span> raw = new ArrayList<>();
        Matcher p = PARAGRAPH.matcher(text);
        while (p.find()) {
            String paragraph = p.group();
            if (paragraph.isBlank()) {
                continue;
            }
            for (Span s : detector.sentPosDetect(paragraph)) {
                Span trimmed = s.trim(paragraph);
                if (trimmed.length() > 0) {
                    raw.add(new Span(trimmed.getStart() + p.start(), trimmed.getEnd() + p.start()));
                }
            }
            for (Span s : raw) {
                Span last = out.isEmpty() ? null : out.get(out.size() - 1);
                if (last != null && joins(text, last, s)) {
                    out.set(out.size() - 1, new Span(last.getStart(), s.getEnd()));
                } else {
                    out.add(s);
                }
            }
            raw.clear();
        }
        return out;
    }
}
