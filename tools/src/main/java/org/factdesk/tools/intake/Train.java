package org.factdesk.tools.intake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.service.intake.CheckWorthinessModel;

/**
 * Rebuilds the shipped check-worthiness weights from ClaimBuster and CLEF 2019 training data.
 * Usage: {@code Train OUTPUT_FILE DATA_FILE...}.
 */
public final class Train {

    private Train() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: Train OUTPUT.bin.gz DATA_FILE...");
            System.exit(2);
        }
        List<LabelledSentence> data = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            List<LabelledSentence> part = CheckWorthinessData.read(Path.of(args[i]));
            System.out.printf(
                    "%s: %d sentences, %d positive%n",
                    args[i],
                    part.size(),
                    part.stream().filter(s -> s.label() == 1).count());
            data.addAll(part);
        }
        long t0 = System.nanoTime();
        CheckWorthinessModel model = CrossValidation.fit(data, 1);
        Path out = Path.of(args[0]);
        model.write(out);
        System.out.printf(
                "trained in %.1f s, threshold %.3f, wrote %s (%d bytes)%n",
                (System.nanoTime() - t0) / 1e9, model.threshold(), out, Files.size(out));
    }
}
