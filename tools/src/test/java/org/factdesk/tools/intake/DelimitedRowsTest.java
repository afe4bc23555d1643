package org.factdesk.tools.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DelimitedRowsTest {

    @Test
    void quotedFieldsKeepSeparatorsLineBreaksAndDoubledQuotes() {
        String csv = "id,text\r\n1,\"He said, \"\"no\"\"\nand left\"\n\n2,plain \"quote\" inside\n";

        assertThat(DelimitedRows.parse(csv, ','))
                .containsExactly(
                        List.of("id", "text"),
                        List.of("1", "He said, \"no\"\nand left"),
                        List.of("2", "plain \"quote\" inside"));
    }

    @Test
    void tabsSeparateTsv() {
        assertThat(DelimitedRows.parse("a\tb\tc", '\t')).containsExactly(List.of("a", "b", "c"));
    }
}
