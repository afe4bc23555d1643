package org.factdesk.web.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.Map;

/**
 * The two live channels of {@link LiveSocket}: {@value #CLAIMS}, to everybody, and {@value #NOTIFICATIONS}, to one
 * user. Only ever called from {@link LivePush}'s background task, so a slow socket never holds up a request.
 */
@ApplicationScoped
public class PushChannels {

    public static final String CLAIMS = "claims";
    public static final String NOTIFICATIONS = "notifications";

    private static final Jsonb JSON = JsonbBuilder.create();

    void toEverybody(Map<String, ?> message) {
        LiveSocket.toEverybody(JSON.toJson(message));
    }

    void toUser(Map<String, ?> message, String user) {
        LiveSocket.toUser(user, JSON.toJson(message));
    }
}
