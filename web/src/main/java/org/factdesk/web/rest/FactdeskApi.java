package org.factdesk.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API under {@code /factdesk/api}; HTTP Basic authentication (see the README). */
@ApplicationPath("/api")
public class FactdeskApi extends Application {
}
