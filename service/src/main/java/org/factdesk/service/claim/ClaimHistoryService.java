package org.factdesk.service.claim;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.factdesk.model.claim.Claim;
import org.factdesk.model.claim.Comment;
import org.factdesk.model.claim.StatusChange;
import org.factdesk.model.evidence.Evidence;
import org.factdesk.service.common.AuditTrail;
import org.factdesk.service.common.AuditTrail.Revised;
import org.hibernate.envers.query.AuditEntity;

/**
 * A claim's complete history as one timeline: status changes from the workflow log, field changes from the
 * Envers audit (each revision compared with the one before; evidence shown publicly or made internal among
 * them), comments and evidence — newest first.
 */
@Stateless
public class ClaimHistoryService {

    /** The audited claim fields a desk cares about, with how to read each one. Status has its own log. */
    private static final List<Field> FIELDS = List.of(
            new Field("statement", Claim::getStatement),
            new Field("quote", Claim::getQuote),
            new Field("priority", Claim::getPriority),
            new Field("dueAt", Claim::getDueAt),
            new Field("desk", c -> c.getDesk() == null ? null : c.getDesk().getName()),
            new Field(
                    "assignee",
                    c -> c.getAssignee() == null ? null : c.getAssignee().getDisplayName()),
            new Field("checkWorthiness", Claim::getCheckWorthiness),
            new Field(
                    "attributionCheck",
                    c -> c.getAttribution() == null ? null : c.getAttribution().getCheck()));

    /** The field-change subject of evidence shown publicly or made internal; the text is the evidence's. */
    public static final String EVIDENCE_SHOWN = "evidenceShown";

    @PersistenceContext
    EntityManager em;

    public List<TimelineEntry> timeline(long claimId) {
        return timeline(
                claimId,
                em.createNamedQuery(Comment.LIST_BY_CLAIM, Comment.class)
                        .setParameter("claimId", claimId)
                        .getResultList(),
                em.createNamedQuery(Evidence.LIST_BY_CLAIM, Evidence.class)
                        .setParameter("claimId", claimId)
                        .getResultList());
    }

    /**
     * The timeline of a claim whose comments and evidence the caller has already read (the claim page reads both
     * anyway), so they are not asked of the database twice.
     */
    public List<TimelineEntry> timeline(long claimId, List<Comment> comments, List<Evidence> evidence) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (StatusChange change : em.createNamedQuery(StatusChange.LIST_BY_CLAIM, StatusChange.class)
                .setParameter("claimId", claimId)
                .getResultList()) {
            entries.add(new TimelineEntry(
                    change.getCreatedAt(),
                    change.getActor(),
                    TimelineEntry.Kind.STATUS,
                    change.getTransition().name(),
                    change.getFromStatus().name(),
                    change.getToStatus().name(),
                    change.getReason()));
        }
        entries.addAll(fieldChanges(claimId));
        entries.addAll(evidenceShown(claimId));
        for (Comment comment : comments) {
            entries.add(new TimelineEntry(
                    comment.getCreatedAt(),
                    comment.getCreatedBy(),
                    TimelineEntry.Kind.COMMENT,
                    null,
                    null,
                    null,
                    comment.getText()));
        }
        for (Evidence piece : evidence) {
            entries.add(new TimelineEntry(
                    piece.getCreatedAt(),
                    piece.getCreatedBy(),
                    TimelineEntry.Kind.EVIDENCE,
                    piece.getStance().name(),
                    null,
                    piece.getGrade().code(),
                    piece.getDescription()));
        }
        entries.sort(Comparator.comparing(TimelineEntry::at).reversed());
        return entries;
    }

    private List<TimelineEntry> fieldChanges(long claimId) {
        List<TimelineEntry> entries = new ArrayList<>();
        Claim previous = null;
        for (Revised<Claim> revised :
                AuditTrail.revisions(em, Claim.class, AuditEntity.id().eq(claimId))) {
            Claim current = revised.state();
            if (previous != null) {
                for (Field field : FIELDS) {
                    Object before = field.reader.apply(previous);
                    Object after = field.reader.apply(current);
                    if (!Objects.equals(before, after)) {
                        entries.add(new TimelineEntry(
                                revised.revision().getInstant(),
                                revised.revision().getUsername(),
                                TimelineEntry.Kind.FIELD,
                                field.name,
                                text(before),
                                text(after),
                                null));
                    }
                }
            }
            previous = current;
        }
        return entries;
    }

    /**
     * Each time a piece of evidence was shown on the public fact-check or made internal again, and by whom: from
     * the Envers audit of the evidence, each revision compared with the one before.
     */
    private List<TimelineEntry> evidenceShown(long claimId) {
        List<TimelineEntry> entries = new ArrayList<>();
        Map<Long, Boolean> shown = new HashMap<>();
        for (Revised<Evidence> revised : AuditTrail.revisions(
                em, Evidence.class, AuditEntity.relatedId("claim").eq(claimId))) {
            Evidence piece = revised.state();
            Boolean before = shown.put(piece.getId(), piece.isShownPublicly());
            if (before != null && before != piece.isShownPublicly()) {
                entries.add(new TimelineEntry(
                        revised.revision().getInstant(),
                        revised.revision().getUsername(),
                        TimelineEntry.Kind.FIELD,
                        EVIDENCE_SHOWN,
                        before.toString(),
                        Boolean.toString(piece.isShownPublicly()),
                        piece.getDescription()));
            }
        }
        return entries;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private record Field(String name, Function<Claim, Object> reader) {}
}
