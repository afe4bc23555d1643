package org.factdesk.tools.intake;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.service.intake.CheckWorthinessModel;

/**
 * Measures the intake analysis against labelled data, so the figures in {@code docs/intake.md} can be
 * reproduced. Modes: {@code checkworthiness FILE} (5-fold cross-validation on training files, the
 * shipped model otherwise) and {@code attribution DIR} (a PolNeAR split).
 */
public final class Evaluate {

    private Evaluate() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: Evaluate checkworthiness FILE | attribution DIR");
            System.exit(2);
        }
        switch (args[0]) {
            case "checkworthiness" -> checkWorthiness(Path.of(args[1]));
            case "attribution" -> AttributionEvaluation.run(Path.of(args[1]), System.out);
            default -> {
                System.err.println("unknown mode " + args[0]);
                System.exit(2);
            }
        }
    }

    private static void checkWorthiness(Path file) throws Exception {
        List<LabelledSentence> data = CheckWorthinessData.read(file);
        double[] thresholds = new double[data.size()];
        List<Ranking.Scored> scored;
        boolean training = file.getFileName().toString().contains("train");
        if (training) {
            scored = CrossValidation.outOfFold(data, 5, thresholds);
            System.out.println("5-fold cross-validation (folds by document where there are several)");
        } else {
            CheckWorthinessModel model = CheckWorthinessModel.shipped();
            scored = new ArrayList<>();
            for (int i = 0; i < data.size(); i++) {
                scored.add(new Ranking.Scored(
                        model.score(data.get(i).text()), data.get(i).label(), ""));
                thresholds[i] = model.threshold();
            }
            System.out.println("shipped model");
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < scored.size(); i++) {
            boolean predicted = scored.get(i).score() >= thresholds[i];
            boolean actual = scored.get(i).label() == 1;
            tp += predicted && actual ? 1 : 0;
            fp += predicted && !actual ? 1 : 0;
            fn += !predicted && actual ? 1 : 0;
        }
        Ranking.Prf prf = Ranking.prf(tp, fp, fn);
        System.out.printf("%s: %d sentences, %d positive%n", file, data.size(), tp + fn);
        System.out.printf(
                "precision %.3f  recall %.3f  F1 %.3f (threshold chosen per fold on held-out 10%%)%n",
                prf.precision(), prf.recall(), prf.f1());
        System.out.printf("average precision (all sentences ranked together) %.3f%n", Ranking.averagePrecision(scored));
        Map<String, List<Ranking.Scored>> byDocument = new LinkedHashMap<>();
        for (int i = 0; i < scored.size(); i++) {
            byDocument
                    .computeIfAbsent(data.get(i).document(), d -> new ArrayList<>())
                    .add(scored.get(i));
        }
        if (byDocument.size() > 1) {
            double sum = byDocument.values().stream()
                    .mapToDouble(Ranking::averagePrecision)
                    .sum();
            System.out.printf(
                    "MAP over %d documents (CheckThat! style) %.3f%n", byDocument.size(), sum / byDocument.size());
        }
    }
}
