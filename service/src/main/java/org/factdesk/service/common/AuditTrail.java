package org.factdesk.service.common;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdesk.model.audit.AuditRevision;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.AuditQuery;
import org.hibernate.envers.query.criteria.AuditCriterion;

/**
 * The Envers audit of some rows, read the way that stays fast however many revisions the newsroom has made.
 *
 * <p>Envers reads a row's states beside their revisions (who, when) as one join of the audit table with the
 * revision table, and H2 chose to read every revision ever made for it: measured at 25,000 revisions, it added
 * 10 ms to every claim page and every save's reply, and doubled a transition's time, growing with every save. So the
 * audit rows are read here by the audit table's own index (their revision numbers, then their states in the same
 * order), then those revisions by primary key: a few rows each, on any database.
 */
public final class AuditTrail {

    private AuditTrail() {}

    /** A row as one revision left it. */
    public record Revised<T>(T state, AuditRevision revision) {}

    /** Reads of the audit rows that may meet a save committed between them before one is given up. */
    private static final int ATTEMPTS = 3;

    /**
     * The audited states of the rows of {@code type} that {@code criterion} picks (deletions included), oldest first,
     * each with its revision. Envers returns a state only alone, not beside its revision number, so the audit rows
     * are read twice, both times ordered by revision and row: first their revision numbers, then their states up to
     * the last of those revisions. A save that commits between the two reads is left out of the second; one whose
     * revision was numbered before the last but committed between them makes the two disagree, and both are read
     * again.
     */
    @SuppressWarnings("unchecked")
    public static <T> List<Revised<T>> revisions(EntityManager em, Class<T> type, AuditCriterion criterion) {
        AuditReader reader = AuditReaderFactory.get(em);
        for (int attempt = 1; ; attempt++) {
            List<Number> numbers = inOrder(reader, type, criterion)
                    .addProjection(AuditEntity.revisionNumber())
                    .getResultList();
            if (numbers.isEmpty()) {
                return List.of();
            }
            List<T> states = inOrder(reader, type, criterion)
                    .add(AuditEntity.revisionNumber().le(numbers.get(numbers.size() - 1)))
                    .getResultList();
            if (states.size() == numbers.size()) {
                return pair(em, states, numbers);
            }
            if (attempt == ATTEMPTS) {
                throw new IllegalStateException(
                        "The audit of " + type.getSimpleName() + " kept changing while it was read");
            }
        }
    }

    /** The audit rows {@code criterion} picks, deletions included, by revision and then by row. */
    private static AuditQuery inOrder(AuditReader reader, Class<?> type, AuditCriterion criterion) {
        return reader.createQuery()
                .forRevisionsOfEntity(type, true, true)
                .add(criterion)
                .addOrder(AuditEntity.revisionNumber().asc())
                .addOrder(AuditEntity.id().asc());
    }

    private static <T> List<Revised<T>> pair(EntityManager em, List<T> states, List<Number> numbers) {
        Set<Long> ids = new HashSet<>();
        numbers.forEach(number -> ids.add(number.longValue()));
        Map<Long, AuditRevision> byNumber = new HashMap<>();
        em.createQuery("select r from AuditRevision r where r.id in :ids", AuditRevision.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(revision -> byNumber.put(revision.getId(), revision));
        List<Revised<T>> revised = new ArrayList<>(states.size());
        for (int i = 0; i < states.size(); i++) {
            revised.add(new Revised<>(states.get(i), byNumber.get(numbers.get(i).longValue())));
        }
        return revised;
    }
}
