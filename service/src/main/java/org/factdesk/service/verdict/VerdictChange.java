package org.factdesk.service.verdict;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.factdesk.model.verdict.Verdict;

/**
 * One field of a verdict's wording as the approver last saw it and as it is now. A field that did not change
 * is not a change; a field that was empty before reads {@code before == null}, so the first submission shows
 * everything as new.
 */
public record VerdictChange(String field, String before, String after) implements Serializable {

    /** The wording an approver signs off on, in the order the draft form asks for it. */
    private static final List<Field> FIELDS = List.of(
            new Field(
                    "rating", v -> v.getRating() == null ? null : v.getRating().getLabel()),
            new Field("summary", Verdict::getSummary),
            new Field("explanation", Verdict::getExplanation),
            new Field("sourcesCited", Verdict::getSourcesCited));

    public VerdictChange {
        Objects.requireNonNull(field);
    }

    /** What changed from one wording to the next; {@code before} is null when nothing was submitted yet. */
    public static List<VerdictChange> between(Verdict before, Verdict after) {
        Objects.requireNonNull(after, "after");
        List<VerdictChange> changes = new ArrayList<>();
        for (Field field : FIELDS) {
            String old = before == null ? null : blankToNull(field.reader.apply(before));
            String now = blankToNull(field.reader.apply(after));
            if (!Objects.equals(old, now)) {
                changes.add(new VerdictChange(field.name, old, now));
            }
        }
        return changes;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private record Field(String name, Function<Verdict, String> reader) {}
}
