package org.factdesk.service.security;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.factdesk.model.account.Role;
import org.factdesk.model.security.SecurityEvent;
import org.factdesk.model.security.SecurityEventKind;
import org.factdesk.service.account.AccountService;

/**
 * The security event log. Events are written in their own transaction, so a refused login or a rolled-back
 * change still leaves its trace; only administrators read them.
 */
@Stateless
public class SecurityEvents {

    public static final int MAX_LIST = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(SecurityEventKind kind, String username, String actor, String client, String detail) {
        em.persist(new SecurityEvent(kind, username, actor, client, detail));
    }

    /** The newest events first, optionally of one account only. */
    public List<SecurityEvent> recent(String username, int limit) {
        accounts.requireRole(Role.ADMIN);
        int max = Math.max(1, Math.min(limit, MAX_LIST));
        return (username == null || username.isBlank()
                        ? em.createNamedQuery(SecurityEvent.LIST_RECENT, SecurityEvent.class)
                        : em.createNamedQuery(SecurityEvent.LIST_BY_USERNAME, SecurityEvent.class)
                                .setParameter("username", username))
                .setMaxResults(max)
                .getResultList();
    }
}
