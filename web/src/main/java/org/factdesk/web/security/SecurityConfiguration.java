package org.factdesk.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import org.factdesk.model.account.Role;

/**
 * The roles Factdesk knows. Users, roles and password hashes live in Factdesk's own database and are checked
 * by {@link org.factdesk.service.security.Authenticator} through {@link FactdeskAuthenticationMechanism} —
 * not by a Jakarta Security identity store, because throttling, the verification cache and the hash upgrade
 * need more than a store's yes or no.
 */
@ApplicationScoped
@DeclareRoles({Role.REPORTER_NAME, Role.FACT_CHECKER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
public class SecurityConfiguration {}
