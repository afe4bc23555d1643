package org.factdesk.tools.intake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.factdesk.service.intake.EmbeddedCheckWorthinessModel;
import org.factdesk.service.intake.Ngrams;
import org.factdesk.tools.embedding.SentenceEncoder;

/**
 * Builds the service's {@link EmbeddedCheckWorthinessModel} from ClaimBuster and CLEF 2019 training data together:
 * hashed uni+bigrams plus the quantised all-MiniLM-L6-v2 embedding (the encoder the server runs), the training
 * setting and threshold chosen by {@link CheckWorthinessComparison#choose}'s 3-fold cross-validation on these
 * sentences alone, then one fit on all of them. Each file is split into inner folds as the comparison splits it
 * (ClaimBuster sentences at random, CLEF whole debates), so every inner fit sees both sets. Usage: {@code
 * TrainEmbedded [--hash-bits B] OUTPUT.bin.gz DATA_FILE...}.
 */
public final class TrainEmbedded {

    /**
     * As the baseline: 2^16 buckets would halve the file, but rank a little worse in cross-validation on both sets
     * (docs/intake.md).
     */
    static final int HASH_BITS = 18;

    private static final int SEED = 7;

    private TrainEmbedded() {}

    public static void main(String[] args) throws Exception {
        int bits = HASH_BITS;
        int a = 0;
        if (args.length > 1 && args[0].equals("--hash-bits")) {
            bits = Integer.parseInt(args[1]);
            a = 2;
        }
        if (args.length - a < 2) {
            System.err.println("usage: TrainEmbedded [--hash-bits B] OUTPUT.bin.gz DATA_FILE...");
            System.exit(2);
        }
        Path out = Path.of(args[a]);
        List<LabelledSentence> data = new ArrayList<>();
        List<Integer> folds = new ArrayList<>();
        for (int i = a + 1; i < args.length; i++) {
            List<LabelledSentence> part = CheckWorthinessData.read(Path.of(args[i]));
            System.out.printf(
                    "%s: %d sentences, %d positive%n",
                    args[i],
                    part.size(),
                    part.stream().filter(s -> s.label() == 1).count());
            data.addAll(part);
            for (int f : CrossValidation.folds(part, CheckWorthinessComparison.INNER, 100 + i - a)) {
                folds.add(f);
            }
        }
        SentenceEncoder encoder =
                SentenceEncoder.open(SentenceEncoder.Model.MINILM_Q, Path.of("tools/target/embeddings"));
        float[][] embeddings =
                encoder.encode(data.stream().map(LabelledSentence::text).toList());

        long t0 = System.nanoTime();
        Ngrams ngrams = new Ngrams(bits);
        List<SparseLogistic.Example> examples = CheckWorthinessComparison.examples(data, ngrams, embeddings);
        CheckWorthinessComparison.Choice choice = CheckWorthinessComparison.choose(
                data,
                examples,
                ngrams.size(),
                IntStream.range(0, data.size()).boxed().toList(),
                folds.stream().mapToInt(Integer::intValue).toArray(),
                0);
        SparseLogistic.Model fit = SparseLogistic.train(examples, ngrams.size(), choice.setting(), SEED);
        EmbeddedCheckWorthinessModel model =
                new EmbeddedCheckWorthinessModel(bits, fit.weights(), fit.bias(), (float) choice.threshold());
        int boilerplate = checkAgreement(model, fit, data, examples);
        model.write(out);
        System.out.printf(
                Locale.ROOT,
                "2^%d buckets; inner CV chose %s (MAP by document %.3f), threshold %.3f; trained in %.0f s;"
                        + " service scores agree with the trainer's (%d boilerplate lines scored 0);"
                        + " wrote %s (%d bytes)%n",
                bits,
                choice.setting(),
                choice.ranking(),
                model.threshold(),
                (System.nanoTime() - t0) / 1e9,
                boilerplate,
                out,
                Files.size(out));
    }

    /**
     * Checks that the service model scores every training sentence as the trainer's weights do (or 0, for the
     * boilerplate rule), so the weights were laid out as the service reads them; returns how many scored 0.
     */
    static int checkAgreement(
            EmbeddedCheckWorthinessModel model,
            SparseLogistic.Model fit,
            List<LabelledSentence> data,
            List<SparseLogistic.Example> examples) {
        int zero = 0;
        for (int i = 0; i < data.size(); i++) {
            SparseLogistic.Example e = examples.get(i);
            double served = model.score(data.get(i).text(), e.dense());
            double trained = fit.score(e);
            if (served == 0) {
                zero++;
            } else if (Math.abs(served - trained) > 1e-9) {
                throw new IllegalStateException(String.format(
                        Locale.ROOT,
                        "service scores %.6f, trainer %.6f: %s",
                        served,
                        trained,
                        data.get(i).text()));
            }
        }
        return zero;
    }
}
