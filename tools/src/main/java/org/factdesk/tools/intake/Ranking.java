package org.factdesk.tools.intake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Precision, recall, F1 and average precision over scored, labelled items. */
public final class Ranking {

    public record Scored(double score, int label, String document) {}

    public record Prf(double precision, double recall, double f1) {}

    private Ranking() {}

    public static Prf prf(int tp, int fp, int fn) {
        double p = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        double r = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    static double averagePrecision(List<Scored> items) {
        List<Scored> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingDouble(Scored::score).reversed());
        int positives = 0;
        double sum = 0;
        for (int i = 0; i < sorted.size(); i++) {
            if (sorted.get(i).label() == 1) {
                positives++;
                sum += positives / (double) (i + 1);
            }
        }
        return positives == 0 ? 0 : sum / positives;
    }

    /** Precision, recall and F1 of taking the items scored {@code threshold} or more as positive. */
    public static Prf at(List<Scored> items, double threshold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Scored s : items) {
            boolean predicted = s.score() >= threshold;
            tp += predicted && s.label() == 1 ? 1 : 0;
            fp += predicted && s.label() == 0 ? 1 : 0;
            fn += !predicted && s.label() == 1 ? 1 : 0;
        }
        return prf(tp, fp, fn);
    }

    /**
     * The lowest threshold (one of the items' scores) at which precision is {@code precision} or more, or positive
     * infinity if there is none.
     */
    public static double lowestThresholdWithPrecision(List<Scored> items, double precision) {
        List<Scored> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingDouble(Scored::score).reversed());
        int tp = 0;
        double threshold = Double.POSITIVE_INFINITY;
        for (int i = 0; i < sorted.size(); i++) {
            tp += sorted.get(i).label();
            boolean boundary = i + 1 == sorted.size()
                    || sorted.get(i + 1).score() < sorted.get(i).score();
            if (boundary && tp >= precision * (i + 1)) {
                threshold = sorted.get(i).score();
            }
        }
        return threshold;
    }

    /** The threshold with the best F1 on these items. */
    public static double bestThreshold(List<Scored> items) {
        List<Scored> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingDouble(Scored::score).reversed());
        int total = (int) items.stream().filter(s -> s.label() == 1).count();
        int tp = 0;
        double best = -1;
        double threshold = 0.5;
        for (int i = 0; i < sorted.size(); i++) {
            tp += sorted.get(i).label();
            double f1 = 2.0 * tp / (i + 1 + total);
            if (f1 > best
                    && (i + 1 == sorted.size()
                            || sorted.get(i + 1).score() < sorted.get(i).score())) {
                best = f1;
                threshold = sorted.get(i).score();
            }
        }
        return threshold;
    }
}
