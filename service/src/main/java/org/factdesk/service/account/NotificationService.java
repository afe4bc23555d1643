package org.factdesk.service.account;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import org.factdesk.model.account.Notification;
import org.factdesk.model.account.NotificationKind;
import org.factdesk.model.account.UserAccount;
import org.factdesk.service.common.ForbiddenException;
import org.factdesk.service.common.NotFoundException;

/**
 * In-app notifications. They are written in the transaction of the change that caused them (a comment, an
 * assignment), so a rolled-back change leaves none behind; the live signal to the recipient follows after
 * commit through {@link NotificationCreated}. Users read and mark only their own.
 */
@Stateless
public class NotificationService {

    /** At most this many are listed; older ones stay in the table. */
    public static final int LIST_MAX = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    Event<NotificationCreated> created;

    /**
     * Notifies every active user the text mentions, except its author. Names that are no user, or an inactive
     * one, are ignored: a mention is a courtesy, not a validation error.
     */
    public List<String> mentioned(long claimId, String text, String author) {
        Set<String> names = Mentions.usernames(text);
        List<String> notified = names.stream()
                .filter(name -> !name.equalsIgnoreCase(author))
                .flatMap(name -> accounts.findByUsername(name).filter(UserAccount::isActive).stream())
                .map(UserAccount::getUsername)
                .distinct()
                .toList();
        notified.forEach(recipient -> add(recipient, claimId, NotificationKind.MENTION, text));
        return notified;
    }

    /** Tells a fact-checker a claim is now theirs, unless they assigned it to themselves. */
    public void assigned(long claimId, String statement, UserAccount assignee, String assignedBy) {
        if (assignee != null && !assignee.getUsername().equals(assignedBy)) {
            add(assignee.getUsername(), claimId, NotificationKind.ASSIGNED, statement);
        }
    }

    private void add(String recipient, long claimId, NotificationKind kind, String text) {
        em.persist(new Notification(recipient, claimId, kind, text));
        created.fire(new NotificationCreated(recipient, claimId));
    }

    /** The caller's notifications, newest first. */
    public List<Notification> listMine() {
        return em.createNamedQuery(Notification.LIST_BY_RECIPIENT, Notification.class)
                .setParameter("recipient", accounts.currentUser().getUsername())
                .setMaxResults(LIST_MAX)
                .getResultList();
    }

    public long countMyUnread() {
        return em.createNamedQuery(Notification.COUNT_UNREAD_BY_RECIPIENT, Long.class)
                .setParameter("recipient", accounts.currentUser().getUsername())
                .getSingleResult();
    }

    /** Marks one of the caller's notifications read; somebody else's is refused. */
    public void markRead(long id) {
        Notification notification = em.find(Notification.class, id);
        if (notification == null) {
            throw new NotFoundException("Notification", id);
        }
        String caller = accounts.currentUser().getUsername();
        if (!notification.getRecipient().equals(caller)) {
            throw new ForbiddenException(
                    "error.notYourNotification", caller + " may not mark another user's notification", id);
        }
        notification.markRead();
    }

    public void markAllMineRead() {
        em.createNamedQuery(Notification.LIST_UNREAD_BY_RECIPIENT, Notification.class)
                .setParameter("recipient", accounts.currentUser().getUsername())
                .getResultList()
                .forEach(Notification::markRead);
    }
}
