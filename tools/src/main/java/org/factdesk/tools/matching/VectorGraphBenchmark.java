package org.factdesk.tools.matching;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.factdesk.tools.embedding.SentenceEncoder;

/**
 * What the vector graph's build parameter costs and buys: the verified claims' texts and headlines (CheckThat! 2020,
 * about 20,700 sentences) as the server encodes them (all-MiniLM-L6-v2, quantised), written in small segments as
 * refreshes leave them, then merged into one, for each {@code efConstruction} given; the tweets then ask for their
 * 20 nearest (asking the graph for 20, and for 40 of which the best 20 are kept). Prints the build and merge times
 * (one thread), the share of the exact 20 nearest the graph returns, and how often its first is the exact nearest.
 * Usage: {@code VectorGraphBenchmark DATA_DIR EF [EF ...]}.
 */
public final class VectorGraphBenchmark {

    private static final int LINKS = 16;
    private static final int K = 20;
    private static final int SEGMENT = 250;

    private VectorGraphBenchmark() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        List<ClaimMatchingData.VerifiedClaim> claims = ClaimMatchingData.claims(dir);
        List<String> queries = new ArrayList<>();
        for (String split : List.of("train", "dev")) {
            ClaimMatchingData.queries(dir, split).forEach(q -> queries.add(q.text()));
        }
        SentenceEncoder encoder =
                SentenceEncoder.open(SentenceEncoder.Model.MINILM_Q, Path.of("tools/target/embeddings"));
        List<String> texts = new ArrayList<>();
        claims.forEach(c -> texts.add(c.vclaim()));
        claims.stream()
                .map(ClaimMatchingData.VerifiedClaim::title)
                .filter(t -> !t.isBlank())
                .forEach(texts::add);
        float[][] docs = encoder.encodeDocuments(texts);
        float[][] asked = encoder.encode(queries);
        List<List<Integer>> exact = new ArrayList<>();
        for (float[] q : asked) {
            exact.add(exactNearest(q, docs));
        }
        System.out.printf(
                "%d vectors in segments of %d, %d queries, %d nearest, m=%d%n",
                docs.length, SEGMENT, asked.length, K, LINKS);
        for (int i = 1; i < args.length; i++) {
            run(Integer.parseInt(args[i]), docs, asked, exact);
        }
    }

    private static void run(int efConstruction, float[][] docs, float[][] asked, List<List<Integer>> exact)
            throws IOException {
        Path path = Files.createTempDirectory("vector-graph");
        IndexWriterConfig config = new IndexWriterConfig();
        config.setCodec(new Lucene99Codec() {
            @Override
            public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                return new Lucene99HnswVectorsFormat(LINKS, efConstruction);
            }
        });
        config.setMergeScheduler(new SerialMergeScheduler());
        config.setMergePolicy(NoMergePolicy.INSTANCE);
        double build;
        double merge;
        try (Directory directory = FSDirectory.open(path);
                IndexWriter writer = new IndexWriter(directory, config)) {
            long t0 = System.nanoTime();
            for (int d = 0; d < docs.length; d++) {
                Document doc = new Document();
                doc.add(new KnnFloatVectorField("vector", docs[d], VectorSimilarityFunction.COSINE));
                doc.add(new StoredField("id", d));
                writer.addDocument(doc);
                if (d % SEGMENT == SEGMENT - 1) {
                    writer.flush();
                }
            }
            writer.commit();
            build = (System.nanoTime() - t0) / 1e9;
            writer.getConfig().setMergePolicy(new TieredMergePolicy());
            long t1 = System.nanoTime();
            writer.forceMerge(1);
            merge = (System.nanoTime() - t1) / 1e9;
        }
        try (Directory directory = FSDirectory.open(path);
                DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            StoredFields stored = searcher.storedFields();
            StringBuilder line = new StringBuilder(String.format(
                    "efConstruction %4d: written in %.1f s, merged into one segment in %.1f s;",
                    efConstruction, build, merge));
            for (int asking : new int[] {K, 2 * K}) {
                long found = 0;
                long first = 0;
                long nanos = 0;
                for (int q = 0; q < asked.length; q++) {
                    long t = System.nanoTime();
                    ScoreDoc[] hits = searcher.search(new KnnFloatVectorQuery("vector", asked[q], asking), K).scoreDocs;
                    nanos += System.nanoTime() - t;
                    for (int h = 0; h < hits.length; h++) {
                        int id = stored.document(hits[h].doc)
                                .getField("id")
                                .numericValue()
                                .intValue();
                        if (exact.get(q).contains(id)) {
                            found++;
                        }
                        if (h == 0 && id == exact.get(q).get(0)) {
                            first++;
                        }
                    }
                }
                line.append(String.format(
                        " asking %d: recall@%d %.4f, nearest first %.4f, %.2f ms a query;",
                        asking,
                        K,
                        found / (double) (asked.length * K),
                        first / (double) asked.length,
                        nanos / 1e6 / asked.length));
            }
            System.out.println(line);
        }
    }

    /** The exact {@link #K} nearest, nearest first. */
    private static List<Integer> exactNearest(float[] query, float[][] docs) {
        Integer[] order = new Integer[docs.length];
        double[] score = new double[docs.length];
        for (int d = 0; d < docs.length; d++) {
            order[d] = d;
            score[d] = SentenceEncoder.dot(query, docs[d]);
        }
        Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));
        return List.copyOf(Arrays.asList(order).subList(0, K));
    }
}
