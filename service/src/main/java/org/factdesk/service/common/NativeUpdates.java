package org.factdesk.service.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.hibernate.query.NativeQuery;

/**
 * Native SQL that writes one table of no entity. Hibernate cannot tell what such a statement touches, so by default
 * it empties every region of the second-level cache on execution (users and desks: {@code UserAccount},
 * {@code Desk}), and on a cluster tells every server to do the same. Named here, the statement empties nothing:
 * none of those tables is cached.
 */
public final class NativeUpdates {

    private NativeUpdates() {}

    /** A native statement that writes {@code table} only. */
    public static Query of(EntityManager em, String table, String sql) {
        return em.createNativeQuery(sql).unwrap(NativeQuery.class).addSynchronizedQuerySpace(table);
    }
}
