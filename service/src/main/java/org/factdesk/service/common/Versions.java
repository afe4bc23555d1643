package org.factdesk.service.common;

import org.factdesk.model.common.BaseEntity;

/**
 * The optimistic check for administration forms: the caller sends the version the page loaded, and a row that
 * has moved on since is refused with who changed it and when, rather than overwritten silently.
 */
public final class Versions {

    private Versions() {
    }

    /** Throws a {@link ConflictException} if {@code expected} is given and the entity is no longer at it. */
    public static <T extends BaseEntity> T check(T entity, Long expected, String what) {
        if (expected != null && entity.getVersion() != expected) {
            throw new ConflictException(what, entity.getModifiedBy(), entity.getModifiedAt(), entity.getVersion());
        }
        return entity;
    }
}
