package org.factdesk.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Locale;
import org.factdesk.web.live.LiveSocket;

/**
 * Gives every session the configured idle timeout ({@code factdesk.session.idle-minutes} or
 * {@code FACTDESK_SESSION_IDLE_MINUTES}, default 30) and takes ended sessions out of the {@link SessionRegistry},
 * closing the live sockets their pages opened.
 */
@WebListener
public class SessionTracker implements HttpSessionListener {

    static final int DEFAULT_IDLE_MINUTES = 30;

    @Inject
    SessionRegistry registry;

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(idleMinutes() * 60);
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        registry.remove(event.getSession());
        LiveSocket.closeFor(event.getSession().getId());
    }

    static int idleMinutes() {
        String value =
                System.getProperty("factdesk.session.idle-minutes", System.getenv("FACTDESK_SESSION_IDLE_MINUTES"));
        try {
            int minutes = value == null
                    ? DEFAULT_IDLE_MINUTES
                    : Integer.parseInt(value.strip().toLowerCase(Locale.ROOT));
            return minutes > 0 ? minutes : DEFAULT_IDLE_MINUTES;
        } catch (NumberFormatException e) {
            return DEFAULT_IDLE_MINUTES;
        }
    }
}
