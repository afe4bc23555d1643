package org.factdesk.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NulTextInterceptorTest {

    record Person(String name, String role) {}

    record Body(String statement, List<String> tags, Person speaker, Map<String, String> extra, int count) {}

    @Test
    void namesTheFieldWhoseTextHoldsANul() {
        assertThat(NulTextInterceptor.nulField(new Body("a\0b", List.of(), null, Map.of(), 1), "", 0))
                .isEqualTo("statement");
        assertThat(NulTextInterceptor.nulField(new Body("ok", List.of("x", "y\0"), null, Map.of(), 1), "", 0))
                .isEqualTo("tags");
        assertThat(NulTextInterceptor.nulField(
                        new Body("ok", List.of(), new Person("Naji", "spokes\0man"), Map.of(), 1), "", 0))
                .isEqualTo("speaker.role");
        assertThat(NulTextInterceptor.nulField(new Body("ok", List.of(), null, Map.of("note", "\0"), 1), "", 0))
                .isEqualTo("extra.note");
    }

    @Test
    void textWithoutANulPasses() {
        assertThat(NulTextInterceptor.nulField(
                        new Body(
                                "Rebels killed Russian officers, a spokesman said.",
                                List.of("idlib"),
                                new Person("Naji al-Mustafa", "spokesman"),
                                Map.of("k", "v"),
                                3),
                        "",
                        0))
                .isNull();
        assertThat(NulTextInterceptor.nulField(null, "", 0)).isNull();
        assertThat(NulTextInterceptor.nulField("plain \\u0000 as typed, not a NUL", "", 0))
                .isNull();
    }
}
