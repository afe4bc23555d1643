package org.factdesk.web.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;
import org.factdesk.model.account.UserAccount;
import org.factdesk.service.account.AccountService;
import org.factdesk.service.account.NotificationService;

/**
 * The frame of every page (/WEB-INF/templates/layout.xhtml): who is logged in, their unread notifications, and
 * logging out.
 */
@Named
@RequestScoped
public class LayoutBacking {

    @Inject
    AccountService accounts;

    @Inject
    FacesContext faces;

    @Inject
    NotificationService notifications;

    @Inject
    Feedback feedback;

    private String displayName;
    private boolean active;
    private long unread;
    private String unreadLabel;

    @PostConstruct
    void init() {
        String username = faces.getExternalContext().getRemoteUser();
        Optional<UserAccount> user = username == null ? Optional.empty() : accounts.findByUsername(username);
        displayName =
                username == null ? null : user.map(UserAccount::getDisplayName).orElse(username);
        active = user.filter(UserAccount::isActive).isPresent();
        refreshUnread();
    }

    /** Re-reads the bell's count, for an action in this request that changed it. */
    public void refreshUnread() {
        unread = active ? notifications.countMyUnread() : 0;
        unreadLabel = feedback.text("layout.section.unread", unread);
    }

    /** Ends the container login and the session, then sends the browser to the login page. */
    public void logout() throws ServletException, IOException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }

    public String getDisplayName() {
        return displayName;
    }

    public long getUnread() {
        return unread;
    }

    public String getUnreadLabel() {
        return unreadLabel;
    }
}
