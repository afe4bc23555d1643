package org.factdesk.web.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.io.Serializable;

/**
 * The two push channels. Only ever called from {@link LivePush}'s background task: Mojarra binds a
 * {@link PushContext} to the session scope active when it is created and fails in a session that has no
 * websocket of its own (a REST call, a page without a socket). Created off the request thread, where no session
 * scope is active, the contexts serve the application-wide channel and user-targeted sends for everybody.
 */
@ApplicationScoped
public class PushChannels {

    public static final String CLAIMS = "claims";
    public static final String NOTIFICATIONS = "notifications";

    @Inject
    @Push(channel = CLAIMS)
    PushContext claims;

    @Inject
    @Push(channel = NOTIFICATIONS)
    PushContext notifications;

    void toEverybody(Object message) {
        claims.send(message);
    }

    void toUser(Object message, Serializable user) {
        notifications.send(message, user);
    }
}
