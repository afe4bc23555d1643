package org.factdesk.service.account;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.factdesk.model.account.Role;
import org.factdesk.model.account.UserAccount;
import org.factdesk.model.security.SecurityEventKind;
import org.factdesk.service.common.ForbiddenException;
import org.factdesk.service.common.InvalidInputException;
import org.factdesk.service.common.NotAuthenticatedException;
import org.factdesk.service.common.NotFoundException;
import org.factdesk.service.common.Versions;
import org.factdesk.service.security.Authenticator;
import org.factdesk.service.security.SecurityEvents;

/**
 * Newsroom users. {@link #currentUser()} is how every other service learns who is calling and which roles
 * they hold — the user and their roles are read on each call (from the second-level cache, which every change to a
 * user updates, on every server: {@link UserAccount}), so a revoked role takes effect at once.
 */
@Stateless
public class AccountService {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    SecurityEvents events;

    @Inject
    Authenticator authenticator;

    @Inject
    Event<CredentialsRevoked> revoked;

    public Optional<UserAccount> findByUsername(String username) {
        return UserAccount.byUsername(em, username);
    }

    public UserAccount getByUsername(String username) {
        return findByUsername(username).orElseThrow(() -> new NotFoundException("User", username));
    }

    /** The logged-in, active user behind this call. */
    public UserAccount currentUser() {
        Principal principal = session.getCallerPrincipal();
        if (principal == null || principal.getName() == null || "anonymous".equals(principal.getName())) {
            throw new NotAuthenticatedException();
        }
        return findByUsername(principal.getName())
                .filter(UserAccount::isActive)
                .orElseThrow(NotAuthenticatedException::new);
    }

    /** The current user, who must hold one of the given roles. */
    public UserAccount requireRole(Role... anyOf) {
        UserAccount user = currentUser();
        if (!user.hasAnyRole(Set.of(anyOf))) {
            throw new ForbiddenException(
                    "error.roleRequired",
                    user.getUsername() + " needs one of the roles " + List.of(anyOf),
                    List.of(anyOf).toString());
        }
        return user;
    }

    public List<UserAccount> listActive() {
        return em.createNamedQuery(UserAccount.LIST_ACTIVE, UserAccount.class).getResultList();
    }

    public List<UserAccount> listActiveWithRole(Role role) {
        return listActive().stream().filter(u -> u.hasRole(role)).toList();
    }

    public long count() {
        return em.createNamedQuery(UserAccount.COUNT_ALL, Long.class).getSingleResult();
    }

    /** Creates a user; only an admin may, except while the database has no users at all (first start). */
    public UserAccount create(String username, String displayName, char[] password, Set<Role> roles) {
        return create(username, displayName, null, password, roles);
    }

    /**
     * Creates a user with an initial password the administrator hands over. Only an admin may, except while the
     * database has no users at all (first start). A user needs at least one role, or they could do nothing.
     */
    public UserAccount create(String username, String displayName, String email, char[] password, Set<Role> roles) {
        if (count() > 0) {
            requireRole(Role.ADMIN);
        }
        if (username == null || username.isBlank()) {
            throw new InvalidInputException("username", "error.usernameRequired", "A user name is required");
        }
        if (findByUsername(username).isPresent()) {
            throw new InvalidInputException(
                    "username", "error.usernameTaken", "User name " + username + " is taken", username);
        }
        checkPassword(password);
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInputException("roles", "error.rolesRequired", "A user needs at least one role");
        }
        UserAccount user = new UserAccount(
                username, displayName == null ? "" : displayName.strip(), Passwords.hash(password), roles);
        user.setEmail(email == null || email.isBlank() ? null : email.strip());
        em.persist(user);
        return user;
    }

    /** Every user, active or not, by user name: the administration list. */
    public List<UserAccount> listAll() {
        requireRole(Role.ADMIN);
        return em.createNamedQuery(UserAccount.LIST_ALL, UserAccount.class).getResultList();
    }

    /**
     * Replaces a user's roles. An admin cannot take away their own ADMIN role, so the newsroom is never left
     * without somebody who can give it back.
     */
    public UserAccount changeRoles(String username, Set<Role> roles, Long expectedVersion) {
        UserAccount admin = requireRole(Role.ADMIN);
        UserAccount user = lockForChange(username, expectedVersion);
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInputException("roles", "error.rolesRequired", "A user needs at least one role");
        }
        if (user.equals(admin) && !roles.contains(Role.ADMIN)) {
            throw new ForbiddenException(
                    "error.ownAdminRole", admin.getUsername() + " cannot drop their own ADMIN role");
        }
        Set<Role> before = Set.copyOf(user.getRoles());
        user.setRoles(roles);
        user.markChanged();
        em.flush();
        if (!before.equals(Set.copyOf(roles))) {
            events.record(
                    SecurityEventKind.ROLES_CHANGED,
                    username,
                    admin.getUsername(),
                    null,
                    before + " -> " + Set.copyOf(roles));
        }
        return user;
    }

    /**
     * Deactivates or reactivates a user. A deactivated user can no longer log in, and every service call they
     * still have in flight is refused; their name stays on the claims they worked. Nobody deactivates themself.
     */
    public UserAccount setActive(String username, boolean active, Long expectedVersion) {
        UserAccount admin = requireRole(Role.ADMIN);
        UserAccount user = lockForChange(username, expectedVersion);
        if (!active && user.equals(admin)) {
            throw new ForbiddenException("error.deactivateSelf", admin.getUsername() + " cannot deactivate themself");
        }
        boolean was = user.isActive();
        user.setActive(active);
        em.flush();
        if (was != active) {
            events.record(
                    active ? SecurityEventKind.USER_REACTIVATED : SecurityEventKind.USER_DEACTIVATED,
                    username,
                    admin.getUsername(),
                    null,
                    null);
        }
        if (!active) {
            revoked.fire(new CredentialsRevoked(username));
        }
        return user;
    }

    /** Sets a new password an administrator hands over, e.g. when a user has forgotten theirs. */
    public UserAccount resetPassword(String username, char[] password) {
        UserAccount admin = requireRole(Role.ADMIN);
        checkPassword(password);
        UserAccount user = lockForChange(username, null);
        user.setPasswordHash(Passwords.hash(password));
        em.flush();
        events.record(
                SecurityEventKind.PASSWORD_CHANGED, username, admin.getUsername(), null, "reset by an administrator");
        revoked.fire(new CredentialsRevoked(username));
        // a reset is how an administrator vouches for someone locked out by failed logins
        authenticator.release(username);
        return user;
    }

    private static void checkPassword(char[] password) {
        if (password == null || password.length < Passwords.MIN_LENGTH) {
            throw new InvalidInputException(
                    "password",
                    "error.passwordTooShort",
                    "A password needs at least " + Passwords.MIN_LENGTH + " characters",
                    Passwords.MIN_LENGTH);
        }
        if (password.length > Passwords.MAX_LENGTH) {
            throw new InvalidInputException(
                    "password",
                    "error.passwordTooLong",
                    "A password has at most " + Passwords.MAX_LENGTH + " characters",
                    Passwords.MAX_LENGTH);
        }
        if (CommonPasswords.contains(new String(password))) {
            throw new InvalidInputException(
                    "password", "error.passwordCommon", "This password is on the list of common passwords");
        }
    }

    private UserAccount lockForChange(String username, Long expectedVersion) {
        UserAccount user = findByUsername(username).orElseThrow(() -> new NotFoundException("User", username));
        return Versions.lock(em, user, expectedVersion, "User " + username);
    }
}
