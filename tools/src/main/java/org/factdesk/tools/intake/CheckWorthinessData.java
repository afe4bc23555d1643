package org.factdesk.tools.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the two check-worthiness formats: ClaimBuster JSON (an array of flat objects) and the CLEF
 * 2019 CSV. Both are simple enough that a small reader beats adding a JSON or CSV library to the
 * service for a command-line tool.
 */
final class CheckWorthinessData {

    private static final Pattern OBJECT = Pattern.compile("\\{(.*?)}", Pattern.DOTALL);
    private static final Pattern LABEL = Pattern.compile("\"label\"\\s*:\\s*(\\d)");
    private static final Pattern TEXT = Pattern.compile("\"text\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private CheckWorthinessData() {}

    static List<LabelledSentence> read(Path file) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        return file.toString().endsWith(".json")
                ? json(content, file.getFileName().toString())
                : csv(content);
    }

    private static List<LabelledSentence> json(String content, String document) {
        List<LabelledSentence> out = new ArrayList<>();
        Matcher o = OBJECT.matcher(content);
        while (o.find()) {
            String body = o.group(1);
            Matcher l = LABEL.matcher(body);
            Matcher t = TEXT.matcher(body);
            if (l.find() && t.find()) {
                out.add(new LabelledSentence(unescape(t.group(1)), Integer.parseInt(l.group(1)), document));
            }
        }
        return out;
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                b.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case 'u' -> {
                    b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> b.append(e);
            }
        }
        return b.toString();
    }

    /** CSV with a header {@code line_number,speaker,text,label,file_name} and RFC 4180 quoting. */
    private static List<LabelledSentence> csv(String content) {
        List<List<String>> rows = DelimitedRows.parse(content, ',');
        List<LabelledSentence> out = new ArrayList<>();
        for (List<String> fields : rows.subList(Math.min(1, rows.size()), rows.size())) {
            if (fields.size() >= 5) {
                out.add(new LabelledSentence(
                        fields.get(2),
                        Integer.parseInt(fields.get(3).trim()),
                        fields.get(4).trim()));
            }
        }
        return out;
    }
}
