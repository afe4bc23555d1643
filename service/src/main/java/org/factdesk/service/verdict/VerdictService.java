package org.factdesk.service.verdict;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.factdesk.model.account.UserAccount;
import org.factdesk.model.claim.Claim;
import org.factdesk.model.claim.StatusChange;
import org.factdesk.model.claim.Transition;
import org.factdesk.model.verdict.Rating;
import org.factdesk.model.verdict.Verdict;
import org.factdesk.service.account.AccountService;
import org.factdesk.service.claim.ClaimChanged;
import org.factdesk.service.claim.WorkflowPolicy;
import org.factdesk.service.common.AuditTrail;
import org.factdesk.service.common.AuditTrail.Revised;
import org.factdesk.service.common.InvalidInputException;
import org.factdesk.service.common.NotFoundException;
import org.factdesk.service.common.Versions;
import org.hibernate.envers.query.AuditEntity;

/**
 * Verdict drafts and the rating scale. Writing a draft marks the claim changed (new version), so an approver
 * who loaded an older wording gets a conflict instead of approving text they have not read.
 */
@Stateless
public class VerdictService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    Event<ClaimChanged> changed;

    public List<Rating> ratings() {
        return em.createNamedQuery(Rating.LIST_ACTIVE, Rating.class).getResultList();
    }

    public Optional<Rating> findRating(String code) {
        return em.createNamedQuery(Rating.FIND_BY_CODE, Rating.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    public Verdict draft(long claimId, @NotNull @Valid VerdictDraft draft) {
        UserAccount caller = accounts.currentUser();
        Claim claim = Versions.lock(em, Claim.class, claimId, draft.expectedVersion(), "Claim");
        WorkflowPolicy.draftRefusal(caller, claim).ifPresent(refusal -> {
            throw refusal;
        });
        Rating rating = findRating(draft.rating())
                .filter(Rating::isActive)
                .orElseThrow(() -> new InvalidInputException(
                        "rating", "error.unknownRating", "No rating " + draft.rating(), draft.rating()));
        Verdict verdict = claim.getVerdict();
        if (verdict == null) {
            verdict = new Verdict(rating, draft.summary().strip(), caller.getUsername());
            claim.setVerdict(verdict);
        }
        verdict.redraft(
                rating, draft.summary().strip(), draft.explanation(), draft.sourcesCited(), caller.getUsername());
        claim.markChanged();
        em.flush();
        changed.fire(new ClaimChanged(claimId, caller.getUsername(), "verdict"));
        return verdict;
    }

    /**
     * What the approver has not yet seen: the verdict's wording (Envers) when it was last submitted for approval
     * against its wording at the submission before. The first submission shows every field as new; a claim
     * never submitted has no changes. The workflow freezes the draft while it awaits approval, so the latest
     * submission is the wording an approval signs off.
     */
    public List<VerdictChange> changesSinceLastSubmission(long claimId) {
        Claim claim = em.find(Claim.class, claimId);
        if (claim == null) {
            throw new NotFoundException("Claim", claimId);
        }
        Verdict verdict = claim.getVerdict();
        if (verdict == null) {
            return List.of();
        }
        List<Instant> submissions = em.createNamedQuery(StatusChange.LIST_BY_CLAIM, StatusChange.class)
                .setParameter("claimId", claimId)
                .getResultStream()
                .filter(change -> change.getTransition() == Transition.SUBMIT)
                .map(StatusChange::getCreatedAt)
                .toList();
        if (submissions.isEmpty()) {
            return List.of();
        }
        List<Revised<Verdict>> wordings =
                AuditTrail.revisions(em, Verdict.class, AuditEntity.id().eq(verdict.getId()));
        Verdict current = wordingAt(wordings, submissions.get(0)).orElse(verdict);
        Verdict previous = submissions.size() < 2
                ? null
                : wordingAt(wordings, submissions.get(1)).orElse(null);
        return VerdictChange.between(previous, current);
    }

    /**
     * The verdict as Envers recorded it at that moment (its last revision then); empty if it had no revision yet
     * (e.g. seeded in one go). Picked from the verdict's own revisions, not asked of Envers by date: Envers finds the
     * revision of a date by reading the whole revision table on H2.
     */
    private static Optional<Verdict> wordingAt(List<Revised<Verdict>> wordings, Instant at) {
        Verdict wording = null;
        for (Revised<Verdict> revised : wordings) {
            if (revised.revision().getInstant().isAfter(at)) {
                break;
            }
            wording = revised.state();
        }
        return Optional.ofNullable(wording);
    }
}
