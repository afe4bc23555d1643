package org.factdesk.tools.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Plain BM25 (Lucene defaults k1 1.2, b 0.75) over one text per verified claim, the way the similar-claims search
 * of the application indexes text. Documents are added in order, so Lucene's doc id is the claim's position.
 */
final class Bm25 implements AutoCloseable {

    private final Analyzer analyzer;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    /**
     * Each claim's {@code vclaim} and {@code title} as one field. {@code english}: stop words and Porter stems;
     * otherwise Lucene's standard analyzer (lower case only).
     */
    Bm25(List<ClaimMatchingData.VerifiedClaim> claims, boolean english) {
        this(claims, english, c -> c.vclaim() + "\n" + c.title());
    }

    /** One document per claim holding {@code text} of it: the server indexes a claim's statement alone. */
    Bm25(
            List<ClaimMatchingData.VerifiedClaim> claims,
            boolean english,
            Function<ClaimMatchingData.VerifiedClaim, String> text) {
        analyzer = english ? new EnglishAnalyzer() : new StandardAnalyzer();
        try {
            ByteBuffersDirectory dir = new ByteBuffersDirectory();
            IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity());
            try (IndexWriter writer = new IndexWriter(dir, config)) {
                for (ClaimMatchingData.VerifiedClaim c : claims) {
                    Document doc = new Document();
                    doc.add(new TextField("text", text.apply(c), Field.Store.NO));
                    writer.addDocument(doc);
                }
                writer.forceMerge(1);
            }
            reader = DirectoryReader.open(dir);
            searcher = new IndexSearcher(reader);
            searcher.setSimilarity(new BM25Similarity());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** BM25 score of every claim for {@code text} (0 where no query word occurs). */
    float[] scores(String text, int depth) {
        float[] out = new float[reader.maxDoc()];
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int terms = 0;
        try (TokenStream tokens = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken() && terms < IndexSearcher.getMaxClauseCount()) {
                query.add(new TermQuery(new Term("text", term.toString())), BooleanClause.Occur.SHOULD);
                terms++;
            }
            tokens.end();
            if (terms == 0) {
                return out;
            }
            for (ScoreDoc hit : searcher.search(query.build(), depth).scoreDocs) {
                out[hit.doc] = hit.score;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        analyzer.close();
    }
}
