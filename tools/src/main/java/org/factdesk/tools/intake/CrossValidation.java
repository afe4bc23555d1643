package org.factdesk.tools.intake;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.factdesk.service.intake.CheckWorthinessModel;
import org.factdesk.service.intake.Features;
import org.factdesk.service.intake.LogisticRegression;

/**
 * Training recipe shared by {@link Train} and {@link Evaluate}: fit on 90 % of the training sentences,
 * pick the F1-best threshold on the other 10 %, then refit on all of them keeping that threshold.
 * Folds are whole documents when the data has several (CLEF debates), so no debate is split between
 * training and test.
 */
final class CrossValidation {

    static final LogisticRegression LEARNER = new LogisticRegression(20, 0.02, 1e-6, 7);

    private CrossValidation() {}

    static CheckWorthinessModel fit(List<LabelledSentence> data, long seed) {
        List<LabelledSentence> shuffled = new ArrayList<>(data);
        Collections.shuffle(shuffled, new Random(seed));
        int cut = shuffled.size() / 10;
        CheckWorthinessModel probe = LEARNER.train(examples(shuffled.subList(cut, shuffled.size())), 0.5);
        List<Ranking.Scored> held = new ArrayList<>();
        for (LabelledSentence s : shuffled.subList(0, cut)) {
            held.add(new Ranking.Scored(probe.score(s.text()), s.label(), s.document()));
        }
        return LEARNER.train(examples(shuffled), Ranking.bestThreshold(held));
    }

    static List<LogisticRegression.Example> examples(List<LabelledSentence> data) {
        List<LogisticRegression.Example> out = new ArrayList<>(data.size());
        for (LabelledSentence s : data) {
            out.add(new LogisticRegression.Example(Features.extract(s.text()), s.label()));
        }
        return out;
    }

    /** Out-of-fold scores, each with the threshold its fold's model chose ({@code thresholds[i]}). */
    static List<Ranking.Scored> outOfFold(List<LabelledSentence> data, int k, double[] thresholds) {
        int[] fold = folds(data, k, 11);
        Ranking.Scored[] scored = new Ranking.Scored[data.size()];
        for (int f = 0; f < k; f++) {
            List<LabelledSentence> train = new ArrayList<>();
            for (int i = 0; i < fold.length; i++) {
                if (fold[i] != f) {
                    train.add(data.get(i));
                }
            }
            CheckWorthinessModel model = fit(train, f);
            for (int i = 0; i < fold.length; i++) {
                if (fold[i] == f) {
                    LabelledSentence s = data.get(i);
                    scored[i] = new Ranking.Scored(model.score(s.text()), s.label(), s.document());
                    thresholds[i] = model.threshold();
                }
            }
        }
        return List.of(scored);
    }

    /**
     * The fold (0 to k-1) of each sentence: whole documents, shuffled, dealt round-robin when there are at
     * least {@code k} of them; otherwise sentences drawn at random.
     */
    static int[] folds(List<LabelledSentence> data, int k, long seed) {
        Map<String, List<Integer>> byDocument = new LinkedHashMap<>();
        for (int i = 0; i < data.size(); i++) {
            byDocument
                    .computeIfAbsent(data.get(i).document(), d -> new ArrayList<>())
                    .add(i);
        }
        int[] fold = new int[data.size()];
        Random random = new Random(seed);
        if (byDocument.size() >= k) {
            List<List<Integer>> docs = new ArrayList<>(byDocument.values());
            Collections.shuffle(docs, random);
            for (int d = 0; d < docs.size(); d++) {
                for (int i : docs.get(d)) {
                    fold[i] = d % k;
                }
            }
        } else {
            for (int i = 0; i < fold.length; i++) {
                fold[i] = random.nextInt(k);
            }
        }
        return fold;
    }
}
