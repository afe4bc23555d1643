package org.factdesk.service.verdict;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.factdesk.model.verdict.Verdict;

/** A verdict as written by a fact-checker, against the claim version they were looking at. */
public record VerdictDraft(
        @NotBlank String rating,
        @NotBlank @Size(max = Verdict.SUMMARY_MAX) String summary,
        @Size(max = Verdict.EXPLANATION_MAX) String explanation,
        @Size(max = Verdict.SOURCES_MAX) String sourcesCited,
        @NotNull Long expectedVersion) {}
