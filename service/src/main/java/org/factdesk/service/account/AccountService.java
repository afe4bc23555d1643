package org.factdesk.service.account;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.factdesk.model.account.Role;
import org.factdesk.model.account.UserAccount;
import org.factdesk.service.common.ForbiddenException;
import org.factdesk.service.common.InvalidInputException;
import org.factdesk.service.common.NotAuthenticatedException;
import org.factdesk.service.common.NotFoundException;

/**
 * Newsroom users. {@link #currentUser()} is how every other service learns who is calling and which roles
 * they hold — roles come from the database on each call, so a revoked role takes effect at once.
 */
@Stateless
public class AccountService {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    public Optional<UserAccount> findByUsername(String username) {
        return em.createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
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
            throw new ForbiddenException("error.roleRequired",
                    user.getUsername() + " needs one of the roles " + List.of(anyOf), List.of(anyOf).toString());
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
        if (count() > 0) {
            requireRole(Role.ADMIN);
        }
        if (findByUsername(username).isPresent()) {
            throw new InvalidInputException("username", "error.usernameTaken", "User name " + username + " is taken",
                    username);
        }
        if (password.length < Passwords.MIN_LENGTH) {
            throw new InvalidInputException("password", "error.passwordTooShort",
                    "A password needs at least " + Passwords.MIN_LENGTH + " characters", Passwords.MIN_LENGTH);
        }
        UserAccount user = new UserAccount(username, displayName, Passwords.hash(password), roles);
        em.persist(user);
        return user;
    }
}
