package org.factdesk.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.factdesk.service.account.CredentialsRevoked;

/**
 * Every logged-in session, by user, so that deactivating a user or resetting their password ends all of
 * their sessions at once (the per-request check in the authentication mechanism would refuse them anyway; this
 * also frees them). Kept current by {@link SessionTracker}.
 */
@ApplicationScoped
public class SessionRegistry {

    private static final Logger LOG = Logger.getLogger(SessionRegistry.class.getName());

    private final Map<String, Set<HttpSession>> byUser = new ConcurrentHashMap<>();

    void add(String username, HttpSession session) {
        byUser.computeIfAbsent(username, u -> ConcurrentHashMap.newKeySet()).add(session);
    }

    void remove(HttpSession session) {
        Object login = session.getAttribute(FactdeskAuthenticationMechanism.LOGIN);
        if (login instanceof FactdeskAuthenticationMechanism.SessionLogin l) {
            Set<HttpSession> sessions = byUser.get(l.username());
            if (sessions != null) {
                sessions.remove(session);
            }
        } else {
            byUser.values().forEach(s -> s.remove(session));
        }
    }

    /** How many sessions a user has open (for the administration page and tests). */
    public int count(String username) {
        Set<HttpSession> sessions = byUser.get(username);
        return sessions == null ? 0 : sessions.size();
    }

    void endAll(@Observes(during = TransactionPhase.AFTER_SUCCESS) CredentialsRevoked revoked) {
        Set<HttpSession> sessions = byUser.remove(revoked.username());
        if (sessions == null) {
            return;
        }
        for (HttpSession session : sessions) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyEnded) {
                // ended meanwhile
            }
        }
        LOG.info("Ended " + sessions.size() + " session(s) of " + revoked.username());
    }
}
