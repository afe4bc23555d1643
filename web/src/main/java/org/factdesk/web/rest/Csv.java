package org.factdesk.web.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 CSV: CRLF line ends, and a field in double quotes (inner quotes doubled) whenever it holds a
 * comma, a quote or a line break — statements quote people, so they often do. Texts that would start a
 * spreadsheet formula are {@linkplain #neutralise neutralised}.
 */
final class Csv {

    private final Writer out;

    Csv(Writer out) {
        this.out = out;
    }

    void row(List<?> fields) {
        try {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(field(fields.get(i)));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A text a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage return) gets a
     * leading apostrophe, as OWASP's CSV-injection advice says; numbers are written as they are.
     */
    static String neutralise(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof CharSequence ? neutralise(value.toString()) : value.toString();
        boolean quote =
                text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
