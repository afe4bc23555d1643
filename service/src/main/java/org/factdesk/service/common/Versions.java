package org.factdesk.service.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.factdesk.model.common.BaseEntity;

/**
 * The one way a change checks that its author saw the current row: the caller sends the version the page or
 * client loaded; the row is locked for the transaction, so a second writer waits for the first to commit and
 * then meets the new version; a row that has moved on is refused with who changed it and when, never
 * overwritten silently.
 */
public final class Versions {

    private Versions() {}

    /**
     * Reads the entity with a write lock and checks it is still at {@code expected} (no check when {@code null}).
     *
     * @param what the entity's name in messages ("Claim"), followed by its id
     */
    public static <T extends BaseEntity> T lock(
            EntityManager em, Class<T> type, Object id, Long expected, String what) {
        T entity = em.find(type, id, LockModeType.PESSIMISTIC_WRITE);
        if (entity == null) {
            throw new NotFoundException(what, id);
        }
        return check(entity, expected, what + " " + id);
    }

    /** Locks an entity already read (found by a natural key) and checks it is still at {@code expected}. */
    public static <T extends BaseEntity> T lock(EntityManager em, T entity, Long expected, String what) {
        em.refresh(entity, LockModeType.PESSIMISTIC_WRITE);
        return check(entity, expected, what);
    }

    /** Throws a {@link ConflictException} if {@code expected} is given and the entity is no longer at it. */
    public static <T extends BaseEntity> T check(T entity, Long expected, String what) {
        if (expected != null && entity.getVersion() != expected) {
            throw new ConflictException(what, entity.getModifiedBy(), entity.getModifiedAt(), entity.getVersion());
        }
        return entity;
    }
}
