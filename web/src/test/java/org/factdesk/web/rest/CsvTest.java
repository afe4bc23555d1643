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
        assertThat(out.toString()).isEqualTo("7,plain,\"a, b\",\"he said \"\"no\"\"\",\"two\nlines\",\r\n");
    }

    @Test
    void textsThatASpreadsheetWouldRunGetALeadingApostrophe() {
        assertThat(Csv.field("=HYPERLINK(\"http://x.example\",\"x\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://x.example\"\",\"\"x\"\")\"");
        assertThat(Csv.field("+1 555")).isEqualTo("'+1 555");
        assertThat(Csv.field("-2+3")).isEqualTo("'-2+3");
        assertThat(Csv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.field("\tcmd")).isEqualTo("'\tcmd");
        assertThat(Csv.field("\rcmd")).isEqualTo("\"'\rcmd\"");
        assertThat(Csv.field("a = b")).isEqualTo("a = b");
        assertThat(Csv.field(-0.5)).isEqualTo("-0.5");
    }
}
