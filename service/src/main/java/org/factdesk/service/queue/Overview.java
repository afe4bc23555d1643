package org.factdesk.service.queue;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.factdesk.model.claim.Claim;
import org.factdesk.model.claim.ClaimStatus;
import org.factdesk.model.claim.StatusChange;
import org.factdesk.service.account.AccountService;

/**
 * What the dashboard summarises: counts of the whole desk in one grouped query, the claims waiting for the
 * caller's approval (four eyes: never the ones they drafted) and the latest workflow moves.
 */
@Stateless
public class Overview {

    /** How many claims of one desk are in one status. */
    public record DeskStatusCount(String deskCode, String deskName, ClaimStatus status, long count) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    /** Claims by desk and status, one grouped query; statuses with no claims are absent. */
    public List<DeskStatusCount> countByDeskAndStatus() {
        accounts.currentUser();
        return em.createNamedQuery(Claim.COUNT_BY_DESK_AND_STATUS, Object[].class).getResultList().stream()
                .map(row -> new DeskStatusCount((String) row[0], (String) row[1], (ClaimStatus) row[2],
                        ((Number) row[3]).longValue()))
                .toList();
    }

    /** Claims awaiting approval whose verdict the caller did not draft, newest first. */
    public List<Claim> awaitingMyApproval(int limit) {
        String me = accounts.currentUser().getUsername();
        return em.createNamedQuery(Claim.LIST_AWAITING_APPROVAL_NOT_DRAFTED_BY, Claim.class)
                .setParameter("status", ClaimStatus.AWAITING_APPROVAL)
                .setParameter("username", me)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The latest status changes across all claims, newest first, with their claims loaded. */
    public List<StatusChange> recentChanges(int limit) {
        accounts.currentUser();
        return em.createNamedQuery(StatusChange.LIST_RECENT, StatusChange.class).setMaxResults(limit).getResultList();
    }
}
