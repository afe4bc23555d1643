package org.factdesk.service.queue;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.factdesk.model.claim.Transition;
import org.factdesk.service.claim.ClaimEdit;
import org.factdesk.service.claim.ClaimService;
import org.factdesk.service.claim.TransitionRequest;
import org.factdesk.service.common.FactdeskException;
import org.factdesk.service.common.Failures;
import org.factdesk.service.common.InvalidInputException;

/**
 * Applies one action to a queue selection, claim by claim. Each claim is its own transaction and goes
 * through exactly the checks a single action would (workflow, roles, assignee rules), so one refusal never
 * undoes the others, and the result says which succeeded and why the rest did not.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BulkActions {

    public static final int MAX_SELECTION = 1000;

    @Inject
    ClaimService claims;

    public List<BulkResult> apply(List<Long> claimIds, BulkAction action) {
        if (claimIds == null || claimIds.isEmpty() || claimIds.size() > MAX_SELECTION) {
            throw new InvalidInputException(
                    "ids", "error.bulkSelection", "Select 1 to " + MAX_SELECTION + " claims", MAX_SELECTION);
        }
        List<BulkResult> results = new ArrayList<>();
        for (long id : new LinkedHashSet<>(claimIds)) {
            try {
                applyOne(id, action);
                results.add(BulkResult.done(id));
            } catch (EJBException wrapped) {
                results.add(refused(
                        id, Failures.cause(wrapped) instanceof FactdeskException business ? business : null, wrapped));
            } catch (FactdeskException refused) {
                results.add(refused(id, refused, refused));
            }
        }
        return results;
    }

    private void applyOne(long id, BulkAction action) {
        if (action instanceof BulkAction.Assign a) {
            claims.edit(id, null, ClaimEdit.assign(a.assignee()));
        } else if (action instanceof BulkAction.SetPriority p) {
            claims.edit(id, null, ClaimEdit.priority(p.priority()));
        } else if (action instanceof BulkAction.SetDue d) {
            claims.edit(id, null, ClaimEdit.due(d.dueAt()));
        } else if (action instanceof BulkAction.MoveToDesk m) {
            claims.edit(id, null, ClaimEdit.desk(m.desk()));
        } else if (action instanceof BulkAction.AddTag t) {
            claims.edit(id, null, ClaimEdit.tag(t.tag()));
        } else if (action instanceof BulkAction.Triage) {
            claims.transition(id, new TransitionRequest(Transition.TRIAGE, currentVersion(id), null, null));
        } else if (action instanceof BulkAction.Dismiss d) {
            claims.transition(id, new TransitionRequest(Transition.DISMISS, currentVersion(id), d.reason(), null));
        }
    }

    /** Bulk moves act on each claim as it is now; the row lock still serialises them with other editors. */
    private long currentVersion(long id) {
        return claims.find(id)
                .map(c -> c.getVersion())
                .orElseThrow(() -> new org.factdesk.service.common.NotFoundException("Claim", id));
    }

    private static BulkResult refused(long id, FactdeskException business, RuntimeException raw) {
        if (business == null) {
            return new BulkResult(id, false, "error.internal", new Object[0], raw.getMessage());
        }
        return new BulkResult(id, false, business.getMessageKey(), business.getArguments(), business.getMessage());
    }
}
