package org.factdesk.web.live;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.factdesk.model.account.UserAccount;
import org.factdesk.service.account.AccountService;
import org.factdesk.service.account.NotificationCreated;
import org.factdesk.service.claim.ClaimChanged;

/**
 * Tells open pages about committed changes. Claim changes go to everybody on the application-wide
 * {@value PushChannels#CLAIMS} channel (claim pages pick out their own claim, queues refresh); new notifications
 * go to the recipient only, on the user-scoped {@value PushChannels#NOTIFICATIONS} channel. Both observe after
 * success, so a rolled-back change is never announced, and the message is only a signal: pages re-read what
 * they show. The send runs in the background so a slow socket never holds up the request that made the change.
 */
@ApplicationScoped
public class LivePush {

    private static final Logger LOG = Logger.getLogger(LivePush.class.getName());

    @Inject
    PushChannels channels;

    @Inject
    AccountService accounts;

    @Resource
    ManagedExecutorService executor;

    void claimChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ClaimChanged change) {
        claimChanged(change.claimId(), change.changedBy(), change.what());
    }

    void notificationCreated(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationCreated created) {
        notification(created.recipient(), created.claimId());
    }

    /** Tells this server's pages that a claim changed (here, or on another server: {@link LiveRelay}). */
    void claimChanged(long claimId, String changedBy, String what) {
        String by = changedBy == null ? "" : changedBy;
        executor.execute(() -> push(() -> channels.toEverybody(Map.of(
                "claim",
                claimId,
                "by",
                by,
                "name",
                by.isEmpty()
                        ? by
                        : accounts.findByUsername(by)
                                .map(UserAccount::getDisplayName)
                                .orElse(by),
                "what",
                what == null ? "" : what))));
    }

    /** Tells {@code recipient}'s pages on this server of a new notification. */
    void notification(String recipient, long claimId) {
        executor.execute(() -> push(() -> channels.toUser(Map.of("claim", claimId), recipient)));
    }

    private static void push(Runnable send) {
        try {
            send.run();
        } catch (RuntimeException e) {
            // a lost signal costs a page its live refresh, never the change itself
            LOG.log(Level.WARNING, "Push failed", e);
        }
    }
}
