package org.factdesk.service.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Optional;
import org.factdesk.model.claim.HedgeKind;
import org.junit.jupiter.api.Test;

/** An intake page's analysis lives in the editor's session, which a cluster copies to another server. */
class SessionSerializationTest {

    @Test
    void anAnalysedSentenceSurvivesTheMoveToAnotherServer() throws Exception {
        AnalyzedSentence sentence = new AnalyzedSentence(
                3,
                120,
                190,
                "Rebel fire killed Russian officers, a spokesman said.",
                0.41,
                Optional.of(new SpeechAttribution("Naji al-Mustafa", "spokesman", "NFL", "said", "a spokesman")),
                Optional.empty(),
                List.of(new Hedge("could not be independently verified", 10, 45, HedgeKind.values()[0], 3)));

        assertThat(copy(sentence)).isEqualTo(sentence);
    }

    private static Object copy(Object value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
