package org.factdesk.model.common;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/**
 * The user name of whoever is calling, for audit stamps. Work done by the system itself (migrations, demo
 * data, timers) has no caller and is stamped {@value #SYSTEM}.
 */
public final class CallerName {

    public static final String SYSTEM = "system";

    private CallerName() {}

    public static String current() {
        try {
            Principal principal =
                    CDI.current().select(SecurityContext.class).get().getCallerPrincipal();
            return principal == null || principal.getName() == null || "anonymous".equals(principal.getName())
                    ? SYSTEM
                    : principal.getName();
        } catch (RuntimeException noSecurityContext) {
            return SYSTEM;
        }
    }
}
