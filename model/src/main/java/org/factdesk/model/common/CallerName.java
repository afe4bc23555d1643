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

    /**
     * The security context, looked up once: it holds no state of its own (it asks the calling thread's identity
     * each time), and {@code CDI.current()} finds the caller's bean archive by walking the thread's stack, a cost
     * every audited insert and update paid, several times per save.
     */
    private static volatile SecurityContext security;

    private CallerName() {}

    public static String current() {
        try {
            SecurityContext context = security;
            if (context == null) {
                context = CDI.current().select(SecurityContext.class).get();
                security = context;
            }
            Principal principal = context.getCallerPrincipal();
            return principal == null || principal.getName() == null || "anonymous".equals(principal.getName())
                    ? SYSTEM
                    : principal.getName();
        } catch (RuntimeException noSecurityContext) {
            return SYSTEM;
        }
    }
}
