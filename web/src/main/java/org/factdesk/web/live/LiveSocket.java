package org.factdesk.web.live;

import jakarta.servlet.http.HttpSession;
import jakarta.websocket.CloseReason;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The pages' live channel: {@code /live/claims} (every claim change, for everybody) and {@code /live/notifications}
 * (the logged-in user's new notifications). The handshake is an ordinary request under the web module's
 * security constraint, so only a logged-in user gets a socket, and it must come from Factdesk's own pages (its
 * Origin is this server). Nothing of it is kept in the HTTP session, so sessions move between servers as they
 * are; a page whose socket closes (its server went away) connects again, to whichever server the balancer picks.
 * Messages are signals as JSON; pages re-read what they show.
 */
@ServerEndpoint(value = "/live/{channel}", configurator = LiveSocket.Handshake.class)
public class LiveSocket {

    private static final Logger LOG = Logger.getLogger(LiveSocket.class.getName());
    private static final String USER = "factdesk.user";
    private static final String REFUSED = "factdesk.refused";
    private static final String HTTP_SESSION = "factdesk.httpSession";

    /** Open sockets on the claims channel, and on the notifications channel by user. */
    private static final Set<Session> CLAIMS = ConcurrentHashMap.newKeySet();

    private static final Map<String, Set<Session>> NOTIFICATIONS = new ConcurrentHashMap<>();

    /** Takes the user from the authenticated handshake and refuses one that another site's page opened. */
    public static class Handshake extends ServerEndpointConfig.Configurator {
        @Override
        public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
            Principal user = request.getUserPrincipal();
            String origin = first(request.getHeaders(), "origin");
            String host = first(request.getHeaders(), "host");
            boolean sameOrigin = origin != null
                    && host != null
                    && origin.toLowerCase(Locale.ROOT)
                            .replaceFirst("^https?://", "")
                            .equals(host.toLowerCase(Locale.ROOT));
            config.getUserProperties().put(USER, user == null ? null : user.getName());
            config.getUserProperties()
                    .put(HTTP_SESSION, request.getHttpSession() instanceof HttpSession http ? http.getId() : null);
            config.getUserProperties().put(REFUSED, user == null || !sameOrigin);
        }

        private static String first(Map<String, List<String>> headers, String name) {
            return headers.entrySet().stream()
                    .filter(e ->
                            e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    /**
     * What the handshake found is in the session's own properties: WebSocket 2.1 gives every connection a copy of
     * the endpoint's properties as {@link Handshake} left them, never one map shared by users connecting at once.
     */
    @OnOpen
    public void open(Session session, @PathParam("channel") String channel) throws IOException {
        Map<String, Object> found = session.getUserProperties();
        String user = (String) found.get(USER);
        if (user == null || !Boolean.FALSE.equals(found.get(REFUSED))) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "not from Factdesk's pages"));
            return;
        }
        switch (channel) {
            case PushChannels.CLAIMS -> CLAIMS.add(session);
            case PushChannels.NOTIFICATIONS ->
                NOTIFICATIONS
                        .computeIfAbsent(user, u -> ConcurrentHashMap.newKeySet())
                        .add(session);
            default -> session.close(new CloseReason(CloseReason.CloseCodes.CANNOT_ACCEPT, "no such channel"));
        }
    }

    @OnClose
    public void close(Session session) {
        forget(session);
    }

    @OnError
    public void failed(Session session, Throwable error) {
        LOG.log(Level.FINE, "Live socket failed", error);
        forget(session);
    }

    private static void forget(Session session) {
        CLAIMS.remove(session);
        Object user = session.getUserProperties().get(USER);
        if (user != null) {
            Set<Session> sessions = NOTIFICATIONS.get(user);
            if (sessions != null) {
                sessions.remove(session);
            }
        }
    }

    /** Closes the sockets opened under an HTTP session that ended (logout, expiry, credentials revoked). */
    public static void closeFor(String httpSessionId) {
        Stream.concat(CLAIMS.stream(), NOTIFICATIONS.values().stream().flatMap(Set::stream))
                .filter(s -> httpSessionId.equals(s.getUserProperties().get(HTTP_SESSION)))
                .toList()
                .forEach(s -> {
                    forget(s);
                    try {
                        s.close(new CloseReason(CloseReason.CloseCodes.NORMAL_CLOSURE, "session ended"));
                    } catch (IOException | IllegalStateException e) {
                        LOG.log(Level.FINE, "Closing a live socket of an ended session failed", e);
                    }
                });
    }

    /** Sends {@code json} to every page on the claims channel. */
    static void toEverybody(String json) {
        CLAIMS.forEach(s -> send(s, json));
    }

    /** Sends {@code json} to {@code user}'s pages on the notifications channel. */
    static void toUser(String user, String json) {
        Set<Session> sessions = NOTIFICATIONS.get(user);
        if (sessions != null) {
            sessions.forEach(s -> send(s, json));
        }
    }

    private static void send(Session session, String json) {
        if (!session.isOpen()) {
            forget(session);
            return;
        }
        try {
            synchronized (session) { // one message at a time per socket
                session.getBasicRemote().sendText(json);
            }
        } catch (IOException | IllegalStateException e) {
            LOG.log(Level.FINE, "A page's live socket is gone", e);
            forget(session);
        }
    }
}
