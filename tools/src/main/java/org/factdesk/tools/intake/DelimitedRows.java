package org.factdesk.tools.intake;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of a delimited text file (CSV, TSV) with RFC 4180 quoting: a field that starts with a quote runs to the
 * closing quote, may hold separators and line breaks, and writes a quote as two. Carriage returns outside quotes
 * are dropped; blank lines give no row. The header, if any, is the first row.
 */
public final class DelimitedRows {

    private DelimitedRows() {}

    public static List<List<String>> parse(String content, char separator) {
        List<List<String>> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean atStart = true;
        for (int i = 0; i <= content.length(); i++) {
            char c = i < content.length() ? content.charAt(i) : '\n';
            if (quoted) {
                if (c == '"' && i + 1 < content.length() && content.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && atStart) {
                quoted = true;
            } else if (c == separator || c == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                if (c == '\n') {
                    if (fields.size() > 1 || !fields.get(0).isEmpty()) {
                        rows.add(List.copyOf(fields));
                    }
                    fields.clear();
                }
            } else if (c != '\r') {
                field.append(c);
            }
            atStart = !quoted && (c == separator || c == '\n');
        }
        return rows;
    }
}
