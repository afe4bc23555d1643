package org.factdesk.bench;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongConsumer;
import org.factdesk.model.account.UserAccount;
import org.factdesk.model.claim.Attribution;
import org.factdesk.model.claim.AttributionCheck;
import org.factdesk.model.claim.Claim;
import org.factdesk.model.claim.ClaimStatus;
import org.factdesk.model.claim.Claimant;
import org.factdesk.model.claim.Priority;
import org.factdesk.model.common.BaseEntity;
import org.factdesk.model.desk.Desk;
import org.factdesk.model.verdict.Rating;
import org.factdesk.model.verdict.Verdict;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;

/**
 * Writes the search documents of generated claims from the values the generator drew for their rows, instead of
 * the mass indexer reading every claim back from the database: the generator knows each claim, so it hands
 * Hibernate Search a {@link Claim} holding exactly what its row holds, and the mapping builds the same document a
 * rebuild would (every field, derived ones included, comes from the entity's own getters). It reads no claim
 * table, so it runs while the database builds those tables' indexes.
 *
 * <p>The entities are never persisted: their id, audit fields and status — which only the database or the
 * workflow sets — are written into them directly, the way Hibernate fills an entity it loads.
 */
final class GeneratedDocuments {

    /** Claims per indexing plan: one wait for the index writer each. */
    private static final int BATCH = 1_000;

    private final EntityManager em;
    private final GeneratedRows.Reference ref;
    private final Map<Long, Desk> desks = new HashMap<>();
    private final Map<Long, UserAccount> checkers = new HashMap<>();

    /** Reads the desks and fact-checkers the claims point at (before the database is busy building indexes). */
    GeneratedDocuments(EntityManager em, GeneratedRows.Reference ref) {
        this.em = em;
        this.ref = ref;
        for (Long desk : ref.desks()) {
            desks.put(desk, em.find(Desk.class, desk));
        }
        for (Long checker : ref.checkerIds()) {
            checkers.put(checker, em.find(UserAccount.class, checker));
        }
    }

    /** Indexes the first {@code count} claims of the draw, reporting each batch's size to {@code added}. */
    void index(int count, LongConsumer added) {
        SearchIndexingPlan plan = Search.session(em).indexingPlan();
        int pending = 0;
        for (int i = 0; i < count; i++) {
            plan.addOrUpdate(claim(GeneratedRows.draw(ref, i)));
            if (++pending == BATCH) {
                plan.execute();
                added.accept(pending);
                pending = 0;
            }
        }
        plan.execute();
        added.accept(pending);
    }

    /** The claim as the generator wrote it, with what its search document reads: desk, assignee, verdict, speaker. */
    Claim claim(GeneratedRows.Drawn d) {
        Claim claim = new Claim(d.statement(), desks.get(d.deskId()));
        claim.setLanguage("en");
        claim.setPriority(Priority.valueOf(d.priority()));
        claim.setDueAt(d.due());
        claim.setAssignee(d.assigned() ? checkers.get(d.checkerId()) : null);
        claim.setCheckWorthiness(d.checkWorthiness());
        if (d.attributed()) {
            claim.setAttribution(new Attribution(
                    em.getReference(Claimant.class, d.claimantId()), d.verb(), AttributionCheck.UNCONFIRMED));
        }
        if (d.fate().hasVerdict()) {
            Verdict verdict = new Verdict(
                    em.getReference(Rating.class, d.ratingId()),
                    "generated",
                    d.checker() == null ? ref.admin() : d.checker());
            if (d.publishedAt() != null) {
                verdict.publish(d.publishedAt());
            }
            claim.setVerdict(verdict);
        }
        Loaded.set(claim, Loaded.ID, d.claimId());
        Loaded.set(claim, Loaded.CREATED_AT, d.created());
        Loaded.set(claim, Loaded.MODIFIED_AT, d.modified());
        Loaded.set(claim, Loaded.CREATED_BY, ref.admin());
        Loaded.set(claim, Loaded.STATUS, ClaimStatus.valueOf(d.fate().name()));
        return claim;
    }

    /** The fields Hibernate fills when it loads a claim, and which no public method sets. */
    private static final class Loaded {

        static final Field ID = field(BaseEntity.class, "id");
        static final Field CREATED_AT = field(BaseEntity.class, "createdAt");
        static final Field MODIFIED_AT = field(BaseEntity.class, "modifiedAt");
        static final Field CREATED_BY = field(BaseEntity.class, "createdBy");
        static final Field STATUS = field(Claim.class, "status");

        private static Field field(Class<?> type, String name) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException("the entity has no field " + name + " any more", e);
            }
        }

        static void set(Object entity, Field field, Object value) {
            try {
                field.set(entity, value);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
