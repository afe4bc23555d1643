package org.factdesk.service.queue;

import java.time.Instant;
import org.factdesk.model.claim.ClaimStatus;
import org.factdesk.model.claim.Priority;

/** One claim as a CSV export shows it: flat values, read by one projection query. */
public record ExportRow(
        long id,
        String statement,
        ClaimStatus status,
        Priority priority,
        Instant dueAt,
        String desk,
        String assignee,
        String claimant,
        String reportingVerb,
        Double checkWorthiness,
        Instant createdAt,
        Instant modifiedAt) {}
