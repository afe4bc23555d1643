package org.factdesk.tools.matching;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdesk.tools.intake.DelimitedRows;

/**
 * Reads the CheckThat! 2020 task 2 files: tab-separated with a header row, fields quoted when they hold a
 * line break (doubled quotes inside), and whitespace-separated qrels {@code tweet 0 vclaim 1}.
 */
final class ClaimMatchingData {

    record VerifiedClaim(String id, String vclaim, String title) {}

    /** A tweet and the ids of the verified claims that check it. */
    record Query(String id, String text, Set<String> relevant) {}

    private ClaimMatchingData() {}

    static List<VerifiedClaim> claims(Path dir) throws IOException {
        List<VerifiedClaim> out = new ArrayList<>();
        for (List<String> row : rows(dir.resolve("verified_claims.docs.tsv"))) {
            out.add(new VerifiedClaim(row.get(0), row.get(1), row.size() > 2 ? row.get(2) : ""));
        }
        return out;
    }

    /** {@code split} is {@code train} or {@code dev}. */
    static List<Query> queries(Path dir, String split) throws IOException {
        Map<String, Set<String>> relevant = new LinkedHashMap<>();
        for (String line : Files.readAllLines(dir.resolve(split + "-tweet-vclaim-pairs.qrels"))) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 4 && !f[3].equals("0")) {
                relevant.computeIfAbsent(f[0], k -> new HashSet<>()).add(f[2]);
            }
        }
        List<Query> out = new ArrayList<>();
        for (List<String> row : rows(dir.resolve(split + "-tweets.queries.tsv"))) {
            Set<String> answers = relevant.get(row.get(0));
            if (answers != null) {
                out.add(new Query(row.get(0), row.get(1), answers));
            }
        }
        return out;
    }

    /** The rows after the header that have more than one field. */
    private static List<List<String>> rows(Path file) throws IOException {
        List<List<String>> rows = DelimitedRows.parse(Files.readString(file, StandardCharsets.UTF_8), '\t').stream()
                .filter(r -> r.size() > 1)
                .toList();
        return rows.subList(1, rows.size());
    }
}
