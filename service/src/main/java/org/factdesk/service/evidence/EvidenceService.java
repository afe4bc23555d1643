package org.factdesk.service.evidence;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.factdesk.model.account.UserAccount;
import org.factdesk.model.claim.Claim;
import org.factdesk.model.evidence.AdmiraltyGrade;
import org.factdesk.model.evidence.Evidence;
import org.factdesk.service.account.AccountService;
import org.factdesk.service.claim.ClaimChanged;
import org.factdesk.service.claim.WorkflowPolicy;
import org.factdesk.service.common.NotFoundException;
import org.factdesk.service.common.Versions;

/**
 * Evidence on claims. Fact-checkers and editors add it at any stage but dismissal — evidence that arrives
 * after publication is what a correction is made of. Adding evidence never conflicts: it only adds. Each piece
 * is internal to the desk unless it is shown publicly, on the published fact-check; the desk decides when adding
 * it and may change its mind later (optimistically locked on the piece, audited like its other fields).
 */
@Stateless
public class EvidenceService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    Event<ClaimChanged> changed;

    public Evidence add(long claimId, @NotNull @Valid NewEvidence input) {
        UserAccount caller = accounts.currentUser();
        Claim claim = em.find(Claim.class, claimId);
        if (claim == null) {
            throw new NotFoundException("Claim", claimId);
        }
        WorkflowPolicy.evidenceRefusal(caller, claim).ifPresent(refusal -> {
            throw refusal;
        });
        Evidence evidence = new Evidence(
                claim,
                input.description().strip(),
                input.kind(),
                input.stance(),
                new AdmiraltyGrade(input.reliability(), input.credibility()));
        evidence.setUrl(
                input.url() == null || input.url().isBlank()
                        ? null
                        : input.url().strip());
        evidence.setShownPublicly(input.shownPublicly());
        em.persist(evidence);
        em.flush();
        changed.fire(new ClaimChanged(claimId, caller.getUsername(), "evidence"));
        return evidence;
    }

    /**
     * Shows a piece of evidence on the claim's public fact-check, or takes it back to internal, from the version
     * the caller loaded; someone else's change since is a conflict, not overwritten. On a published claim the
     * public page changes at once.
     */
    public Evidence setShownPublicly(long claimId, long evidenceId, boolean shown, Long expectedVersion) {
        UserAccount caller = accounts.currentUser();
        Evidence evidence = em.find(Evidence.class, evidenceId);
        if (evidence == null || evidence.getClaim().getId() != claimId) {
            throw new NotFoundException("Evidence", evidenceId);
        }
        WorkflowPolicy.evidenceRefusal(caller, evidence.getClaim()).ifPresent(refusal -> {
            throw refusal;
        });
        Versions.lock(em, evidence, expectedVersion, "Evidence " + evidenceId);
        if (evidence.isShownPublicly() != shown) {
            evidence.setShownPublicly(shown);
            em.flush();
            changed.fire(new ClaimChanged(claimId, caller.getUsername(), "evidence"));
        }
        return evidence;
    }
}
