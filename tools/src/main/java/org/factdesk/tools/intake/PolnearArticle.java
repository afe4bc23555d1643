package org.factdesk.tools.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One PolNeAR article with the attribution relations of one annotator (the first annotation file by
 * name, so doubly annotated articles are not counted twice).
 */
record PolnearArticle(String name, String text, List<PolnearArticle.Relation> relations) {

    /** Source, cue and content spans of one attribution; source may be absent. */
    record Relation(String source, int cueStart, String cue) {}

    static List<PolnearArticle> readAll(Path dir) throws IOException {
        List<PolnearArticle> out = new ArrayList<>();
        List<Path> annotations;
        try (Stream<Path> s = Files.list(dir.resolve("attributions"))) {
            annotations = s.filter(p -> p.toString().endsWith(".ann")).sorted().toList();
        }
        String previous = null;
        for (Path ann : annotations) {
            String file = ann.getFileName().toString();
            String name = file.substring(0, file.lastIndexOf('_'));
            if (name.equals(previous)) {
                continue;
            }
            previous = name;
            Path text = dir.resolve("text").resolve(name + ".txt");
            if (Files.exists(text)) {
                out.add(new PolnearArticle(
                        name,
                        Files.readString(text, StandardCharsets.UTF_8),
                        relations(Files.readAllLines(ann, StandardCharsets.UTF_8))));
            }
        }
        return out;
    }

    private static List<Relation> relations(List<String> lines) {
        Map<String, String[]> spans = new HashMap<>();
        List<Relation> out = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t");
            if (line.startsWith("T") && f.length >= 3) {
                String[] typeAndOffsets = f[1].split(" ");
                spans.put(f[0], new String[] {typeAndOffsets[1], f[2]});
            }
        }
        for (String line : lines) {
            if (!line.startsWith("E")) {
                continue;
            }
            String source = null;
            String[] cue = null;
            for (String arg : line.split("\t")[1].split(" ")) {
                String[] kv = arg.split(":");
                if (kv.length == 2 && kv[0].startsWith("Source")) {
                    source = spans.containsKey(kv[1]) ? spans.get(kv[1])[1] : null;
                } else if (kv.length == 2 && kv[0].startsWith("Cue")) {
                    cue = spans.get(kv[1]);
                }
            }
            if (cue != null) {
                out.add(new Relation(source, Integer.parseInt(cue[0]), cue[1]));
            }
        }
        return out;
    }
}
