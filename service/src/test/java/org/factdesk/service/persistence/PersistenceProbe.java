package org.factdesk.service.persistence;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.function.Function;
import org.factdesk.model.claim.Claim;
import org.hibernate.envers.AuditReaderFactory;

/** Runs a piece of test code in its own transaction against the real persistence unit. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PersistenceProbe {

    @PersistenceContext
    EntityManager em;

    public <T> T inTransaction(Function<EntityManager, T> work) {
        T result = work.apply(em);
        em.flush();
        return result;
    }

    public List<Number> revisionsOf(long claimId) {
        return AuditReaderFactory.get(em).getRevisions(Claim.class, claimId);
    }
}
