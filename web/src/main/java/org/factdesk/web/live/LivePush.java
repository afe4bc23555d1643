package org.factdesk.web.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.util.Map;
import org.factdesk.model.account.UserAccount;
import org.factdesk.service.account.AccountService;
import org.factdesk.service.account.NotificationCreated;
import org.factdesk.service.claim.ClaimChanged;

/**
 * Tells open pages about committed changes. Claim changes go to everybody on the application-wide
 * {@value #CLAIMS} channel (claim pages pick out their own claim, queues refresh); new notifications go to the
 * recipient only, on the user-scoped {@value #NOTIFICATIONS} channel. Both observe after success, so a
 * rolled-back change is never announced, and the message is only a signal: pages re-read what they show.
 */
@ApplicationScoped
public class LivePush {

    public static final String CLAIMS = "claims";
    public static final String NOTIFICATIONS = "notifications";

    @Inject
    @Push(channel = CLAIMS)
    PushContext claims;

    @Inject
    @Push(channel = NOTIFICATIONS)
    PushContext notifications;

    @Inject
    AccountService accounts;

    void claimChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ClaimChanged change) {
        String by = change.changedBy() == null ? "" : change.changedBy();
        String name = by.isEmpty() ? by : accounts.findByUsername(by).map(UserAccount::getDisplayName).orElse(by);
        claims.send(Map.of("claim", change.claimId(), "by", by, "name", name, "what", change.what()));
    }

    void notificationCreated(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationCreated created) {
        notifications.send(Map.of("claim", created.claimId()), created.recipient());
    }
}
