package org.factdesk.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.factdesk.model.account.Role;
import org.factdesk.service.account.Passwords;

/**
 * The one identity store: users and roles in Factdesk's own database, passwords as salted PBKDF2 hashes
 * made by {@link Passwords} with the same parameters.
 */
@ApplicationScoped
@DeclareRoles({Role.REPORTER_NAME, Role.FACT_CHECKER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:jboss/datasources/FactdeskDS",
        callerQuery = "select password_hash from app_user where username = ? and active = true",
        groupsQuery = "select r.role from app_user_role r join app_user u on u.id = r.user_id where u.username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {Passwords.ALGORITHM, Passwords.ITERATIONS, Passwords.SALT_SIZE, Passwords.KEY_SIZE})
public class SecurityConfiguration {
}
