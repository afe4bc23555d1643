package org.factdesk.tools.intake;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factdesk.service.intake.Ngrams;
import org.factdesk.tools.embedding.SentenceEncoder;

/**
 * The plain baseline (hashed uni+bigram logistic regression) against the same learner given a sentence
 * embedding as well, in one run with the same folds: 5-fold cross-validation (whole debates per fold
 * where the data has several), and inside each training part a 3-fold cross-validation that alone picks
 * the training setting and the decision threshold, so the test fold is never used to choose anything.
 * The baseline hashes into 2^{@value #BASELINE_BITS} buckets; the embedding model is run once per size given
 * with {@code --hash-bits} (default {@value TrainEmbedded#HASH_BITS}, the shipped size), to see what fewer
 * buckets cost. Usage: {@code CheckWorthinessComparison MODEL [--hash-bits B,B...] FILE...} (MODEL as in
 * {@link SentenceEncoder.Model}).
 */
public final class CheckWorthinessComparison {

    static final int BASELINE_BITS = 18;
    static final int INNER = 3;
    private static final int OUTER = 5;
    private static final List<SparseLogistic.Setting> SETTINGS = List.of(
            new SparseLogistic.Setting(10, 0.02, 1e-6),
            new SparseLogistic.Setting(10, 0.02, 1e-4),
            new SparseLogistic.Setting(10, 0.1, 1e-6),
            new SparseLogistic.Setting(10, 0.1, 1e-4),
            new SparseLogistic.Setting(20, 0.05, 1e-5),
            new SparseLogistic.Setting(5, 0.05, 1e-5));

    private CheckWorthinessComparison() {}

    public static void main(String[] args) throws Exception {
        List<String> files = new ArrayList<>(List.of(args).subList(Math.min(1, args.length), args.length));
        List<Integer> bits = List.of(TrainEmbedded.HASH_BITS);
        if (files.size() > 1 && files.get(0).equals("--hash-bits")) {
            bits = List.of(files.get(1).split(",")).stream()
                    .map(Integer::valueOf)
                    .toList();
            files = files.subList(2, files.size());
        }
        if (files.isEmpty()) {
            System.err.println("usage: CheckWorthinessComparison MODEL [--hash-bits B,B...] FILE...");
            System.exit(2);
        }
        SentenceEncoder encoder =
                SentenceEncoder.open(SentenceEncoder.Model.named(args[0]), Path.of("tools/target/embeddings"));
        for (String file : files) {
            List<LabelledSentence> data = CheckWorthinessData.read(Path.of(file));
            long t0 = System.nanoTime();
            float[][] embeddings =
                    encoder.encode(data.stream().map(LabelledSentence::text).toList());
            System.out.printf(
                    "%s: %d sentences, %d positive, %d documents; embeddings (%s) %.0f s%n",
                    file,
                    data.size(),
                    data.stream().filter(s -> s.label() == 1).count(),
                    data.stream().map(LabelledSentence::document).distinct().count(),
                    encoder.model().label(),
                    (System.nanoTime() - t0) / 1e9);
            evaluate(
                    "hashed uni+bigrams (baseline)",
                    data,
                    examples(data, new Ngrams(BASELINE_BITS), new float[data.size()][0]),
                    1 << BASELINE_BITS);
            for (int b : bits) {
                evaluate("+ embedding, 2^" + b + " buckets", data, examples(data, new Ngrams(b), embeddings), 1 << b);
            }
        }
    }

    /** Each sentence's n-gram buckets with its dense features ({@code dense[i]}, possibly empty). */
    static List<SparseLogistic.Example> examples(List<LabelledSentence> data, Ngrams ngrams, float[][] dense) {
        List<SparseLogistic.Example> out = new ArrayList<>(data.size());
        for (int i = 0; i < data.size(); i++) {
            out.add(new SparseLogistic.Example(
                    ngrams.buckets(data.get(i).text()), dense[i], data.get(i).label()));
        }
        return out;
    }

    private static void evaluate(
            String name, List<LabelledSentence> data, List<SparseLogistic.Example> examples, int buckets) {
        long t0 = System.nanoTime();
        int[] fold = CrossValidation.folds(data, OUTER, 11);
        double[] score = new double[data.size()];
        boolean[] predicted = new boolean[data.size()];
        List<String> chosen = new ArrayList<>();
        for (int f = 0; f < OUTER; f++) {
            List<Integer> train = new ArrayList<>();
            for (int i = 0; i < fold.length; i++) {
                if (fold[i] != f) {
                    train.add(i);
                }
            }
            int[] inner = CrossValidation.folds(train.stream().map(data::get).toList(), INNER, 100 + f);
            Choice choice = choose(data, examples, buckets, train, inner, f);
            chosen.add(choice.setting() + String.format(Locale.ROOT, ", threshold %.3f", choice.threshold()));
            SparseLogistic.Model model = SparseLogistic.train(pick(examples, train), buckets, choice.setting(), f);
            for (int i = 0; i < fold.length; i++) {
                if (fold[i] == f) {
                    score[i] = model.score(examples.get(i));
                    predicted[i] = score[i] >= choice.threshold();
                }
            }
        }
        List<Ranking.Scored> scored = new ArrayList<>();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < data.size(); i++) {
            boolean actual = data.get(i).label() == 1;
            tp += predicted[i] && actual ? 1 : 0;
            fp += predicted[i] && !actual ? 1 : 0;
            fn += !predicted[i] && actual ? 1 : 0;
            scored.add(new Ranking.Scored(
                    score[i], data.get(i).label(), data.get(i).document()));
        }
        Ranking.Prf prf = Ranking.prf(tp, fp, fn);
        System.out.printf(
                Locale.ROOT,
                "  %-32s P %.3f  R %.3f  F1 %.3f  AP %.3f  MAP by document %s  (%.0f s)%n",
                name,
                prf.precision(),
                prf.recall(),
                prf.f1(),
                Ranking.averagePrecision(scored),
                byDocument(scored).size() > 1 ? String.format(Locale.ROOT, "%.3f", meanAp(scored)) : "–",
                (System.nanoTime() - t0) / 1e9);
        System.out.println("    chosen by inner CV per fold: " + String.join("; ", chosen));
    }

    /** A training setting and decision threshold, with the inner cross-validation ranking that chose them. */
    record Choice(SparseLogistic.Setting setting, double threshold, double ranking) {}

    /**
     * Inner cross-validation on the training rows {@code train} only ({@code inner[j]}: the fold, 0 to
     * {@value #INNER} - 1, of {@code train.get(j)}): the setting with the best out-of-fold ranking (MAP by
     * document where there are several documents, else AP), and the F1-best threshold on those out-of-fold
     * scores.
     */
    static Choice choose(
            List<LabelledSentence> data,
            List<SparseLogistic.Example> examples,
            int buckets,
            List<Integer> train,
            int[] inner,
            int seed) {
        List<LabelledSentence> part = train.stream().map(data::get).toList();
        Choice best = null;
        double bestRanking = -1;
        for (SparseLogistic.Setting setting : SETTINGS) {
            List<Ranking.Scored> scored = new ArrayList<>();
            for (int f = 0; f < INNER; f++) {
                List<Integer> fit = new ArrayList<>();
                for (int i = 0; i < inner.length; i++) {
                    if (inner[i] != f) {
                        fit.add(train.get(i));
                    }
                }
                SparseLogistic.Model model = SparseLogistic.train(pick(examples, fit), buckets, setting, seed * 10 + f);
                for (int i = 0; i < inner.length; i++) {
                    if (inner[i] == f) {
                        LabelledSentence s = part.get(i);
                        scored.add(
                                new Ranking.Scored(model.score(examples.get(train.get(i))), s.label(), s.document()));
                    }
                }
            }
            double ranking = byDocument(scored).size() > 1 ? meanAp(scored) : Ranking.averagePrecision(scored);
            if (ranking > bestRanking) {
                bestRanking = ranking;
                best = new Choice(setting, Ranking.bestThreshold(scored), ranking);
            }
        }
        return best;
    }

    private static List<SparseLogistic.Example> pick(List<SparseLogistic.Example> examples, List<Integer> rows) {
        return rows.stream().map(examples::get).toList();
    }

    private static Map<String, List<Ranking.Scored>> byDocument(List<Ranking.Scored> scored) {
        Map<String, List<Ranking.Scored>> out = new LinkedHashMap<>();
        for (Ranking.Scored s : scored) {
            out.computeIfAbsent(s.document(), d -> new ArrayList<>()).add(s);
        }
        return out;
    }

    private static double meanAp(List<Ranking.Scored> scored) {
        return byDocument(scored).values().stream()
                .mapToDouble(Ranking::averagePrecision)
                .average()
                .orElse(0);
    }
}
