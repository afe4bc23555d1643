package org.factdesk.service.publishing;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.factdesk.model.claim.Claim;
import org.factdesk.service.common.NotFoundException;

/**
 * Published fact-checks, for anyone: no login, no role. A claim whose verdict is not published is not found
 * (never "forbidden", which would tell that it exists).
 */
@Stateless
public class FactChecks {

    @PersistenceContext
    EntityManager em;

    public FactCheck find(long claimId) {
        Claim claim = em.find(Claim.class, claimId);
        if (claim == null || !claim.getStatus().isPublic() || claim.getVerdict() == null
                || claim.getVerdict().getPublishedAt() == null) {
            throw new NotFoundException("Fact-check", claimId);
        }
        return FactCheck.of(claim);
    }
}
