package org.factdesk.tools.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * What the shape of a word query costs over the claim index: the duplicate check's query for a new claim's terms,
 * as one query over the statement and the quote requiring half of the terms (before 2026-12-04), over both fields
 * without that, and over each field alone (since). Each asks for the 20 most relevant, without an exact total, as
 * the check does. Prints the mean of 100 runs after 100 to warm up, and how many claims each counted before it could
 * stop. Usage: {@code WordQueryBenchmark INDEX_DIR TERM,TERM,...} with the index directory of a stopped server (or a
 * copy: {@code standalone/data/factdesk-search/claim}) and the terms as the index holds them (stemmed, lower case).
 */
public final class WordQueryBenchmark {

    private static final int TOP = 20;
    private static final int RUNS = 100;

    private WordQueryBenchmark() {}

    public static void main(String[] args) throws IOException {
        String[] terms = args[1].split(",");
        int half = terms.length / 2;
        Map<String, Query> shapes = new LinkedHashMap<>();
        shapes.put(
                "statement and quote, half of the terms required",
                either(terms(Claim.STATEMENT, terms, half, 2f), terms(Claim.QUOTE, terms, half, 1f)));
        shapes.put(
                "statement and quote", either(terms(Claim.STATEMENT, terms, 0, 2f), terms(Claim.QUOTE, terms, 0, 1f)));
        shapes.put("statement alone", terms(Claim.STATEMENT, terms, 0, 1f));
        shapes.put("quote alone", terms(Claim.QUOTE, terms, 0, 1f));
        try (Directory directory = FSDirectory.open(Path.of(args[0]));
                DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            System.out.printf("%,d claims; terms %s%n", reader.numDocs(), String.join(" ", terms));
            for (int round = 0; round < 2; round++) {
                for (Map.Entry<String, Query> shape : shapes.entrySet()) {
                    TopDocs top = null;
                    long begun = System.nanoTime();
                    for (int run = 0; run < RUNS; run++) {
                        top = searcher.search(shape.getValue(), new TopScoreDocCollectorManager(TOP, null, TOP));
                    }
                    if (round == 1) {
                        System.out.printf(
                                "%-50s %6.2f ms   counted %,d%n",
                                shape.getKey(), (System.nanoTime() - begun) / 1e6 / RUNS, top.totalHits.value);
                    }
                }
            }
        }
    }

    /** The claim index's word fields. */
    private static final class Claim {
        static final String STATEMENT = "statement";
        static final String QUOTE = "quote";
    }

    private static Query terms(String field, String[] terms, int required, float boost) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : terms) {
            query.add(new TermQuery(new Term(field, term)), BooleanClause.Occur.SHOULD);
        }
        query.setMinimumNumberShouldMatch(required);
        return boost == 1f ? query.build() : new BoostQuery(query.build(), boost);
    }

    private static Query either(Query a, Query b) {
        return new BooleanQuery.Builder()
                .add(a, BooleanClause.Occur.SHOULD)
                .add(b, BooleanClause.Occur.SHOULD)
                .build();
    }
}
