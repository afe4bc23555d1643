package org.factdesk.service.queue;

import org.factdesk.model.account.UserAccount;
import org.factdesk.service.claim.ClaimService;

/**
 * Which claims a caller may see in queues, counts and lists: every claim, or — for a reporter who holds no
 * other role — the claims they submitted and the public ones. The same rule as {@link ClaimService#mayRead}
 * for a single claim, applied by the search index and the database alike.
 *
 * @param submitter the reporter whose own claims are visible, or {@code null} when every claim is
 */
public record Visibility(String submitter) {

    public static final Visibility ALL = new Visibility(null);

    public static Visibility of(UserAccount caller) {
        return ClaimService.reporterOnly(caller) ? new Visibility(caller.getUsername()) : ALL;
    }

    public boolean restricted() {
        return submitter != null;
    }
}
