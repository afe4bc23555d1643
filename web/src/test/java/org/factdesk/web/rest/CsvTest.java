package org.factdesk.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotesOnlyFieldsThatNeedItAndDoublesInnerQuotes() {
        StringWriter out = new StringWriter();
        new Csv(out).row(Arrays.asList(7L, "plain", "a, b", "he said \"no\"", "two\nlines", null));
        assertThat(out.toString())
                .isEqualTo("7,plain,\"a, b\",\"he said \"\"no\"\"\",\"two\nlines\",\r\n");
    }
}
