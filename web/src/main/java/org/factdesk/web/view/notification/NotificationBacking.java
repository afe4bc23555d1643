package org.factdesk.web.view.notification;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.factdesk.model.account.Notification;
import org.factdesk.model.account.UserAccount;
import org.factdesk.service.account.AccountService;
import org.factdesk.service.account.NotificationService;
import org.factdesk.web.view.Feedback;
import org.factdesk.web.view.LayoutBacking;

/**
 * The notification list (/notification/index.xhtml): the caller's own, newest first, each linking to its claim.
 * Marking read refreshes the list and the bell in the header.
 */
@Named
@ViewScoped
public class NotificationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NotificationService notifications;

    @Inject
    LayoutBacking layout;

    @Inject
    Feedback feedback;

    @Inject
    AccountService accounts;

    private List<Notification> list;
    private Map<String, String> people;

    @PostConstruct
    void init() {
        list = notifications.listMine();
        people = accounts.listActive().stream()
                .collect(Collectors.toMap(UserAccount::getUsername, UserAccount::getDisplayName, (a, b) -> a));
    }

    /** "Ada Lovelace mentioned you" / "… assigned a claim to you", naming who caused it. */
    public String label(Notification notification) {
        String who = notification.getCreatedBy() == null
                ? ""
                : people.getOrDefault(notification.getCreatedBy(), notification.getCreatedBy());
        return feedback.text("NotificationKind." + notification.getKind().name(), who);
    }

    public void markRead(long id) {
        try {
            notifications.markRead(id);
        } catch (RuntimeException e) {
            feedback.show(e, Map.of());
        }
        refresh();
    }

    public void markAllRead() {
        notifications.markAllMineRead();
        refresh();
    }

    private void refresh() {
        list = notifications.listMine();
        layout.refreshUnread();
    }

    public List<Notification> getList() {
        return list;
    }
}
