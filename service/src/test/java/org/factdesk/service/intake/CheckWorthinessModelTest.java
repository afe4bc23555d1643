package org.factdesk.service.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trainer learns, the weights survive a round trip, and the shipped model ranks sensibly. */
class CheckWorthinessModelTest {

    @Test
    void trainerSeparatesFiguresFromSmallTalk() {
        List<LogisticRegression.Example> data = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            data.add(example("Unemployment fell to " + i + " percent in " + (1990 + i) + ".", 1));
            data.add(example("Thank you so much, it is great to be here with you tonight number " + i + ".", 0));
        }
        CheckWorthinessModel model = new LogisticRegression(5, 0.1, 1e-6, 1).train(data, 0.5);

        assertThat(model.score("Unemployment fell to 7 percent in 1984.")).isGreaterThan(0.8);
        assertThat(model.score("Thank you, it is great to be here.")).isLessThan(0.2);
    }

    @Test
    void weightsSurviveWriteAndRead(@TempDir Path dir) throws Exception {
        CheckWorthinessModel model = CheckWorthinessModel.shipped();
        Path file = dir.resolve("m.bin.gz");
        model.write(file);

        CheckWorthinessModel copy;
        try (InputStream in = Files.newInputStream(file)) {
            copy = CheckWorthinessModel.read(in);
        }
        String s = "Some 1 million people were displaced by the last offensive.";
        assertThat(copy.score(s)).isEqualTo(model.score(s));
        assertThat(copy.threshold()).isEqualTo(model.threshold());
    }

    @Test
    void shippedModelPrefersStatisticsToOpinionAndQuestions() {
        CheckWorthinessModel model = CheckWorthinessModel.shipped();

        assertThat(model.score("The unemployment rate doubled to 10 percent in two years."))
                .isGreaterThan(model.score("What do you think about that?"))
                .isGreaterThan(model.score("I love this country and I love the people in this room."));
    }

    private static LogisticRegression.Example example(String text, int label) {
        return new LogisticRegression.Example(Features.extract(text), label);
    }
}
