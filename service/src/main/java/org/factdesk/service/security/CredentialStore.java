package org.factdesk.service.security;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.factdesk.model.account.Role;
import org.factdesk.model.account.UserAccount;
import org.factdesk.model.security.ApiToken;

/**
 * The database side of logging in, for callers who are not logged in yet: what is stored for a user name or a
 * token, and the hash upgrade after a successful login. Nothing here checks the caller — only {@link
 * Authenticator} uses it.
 */
@Stateless
public class CredentialStore {

    /** How often the last use of a token is written (and a TOKEN_USED event recorded), at most. */
    static final Duration TOKEN_USE_GRANULARITY = Duration.ofMinutes(1);

    @PersistenceContext
    EntityManager em;

    /** What a login is checked against. */
    public record Stored(String username, String passwordHash, boolean active, Set<String> roles) {}

    /** An active token's owner, and whether this use is the first recorded in a while. */
    public record TokenUse(long tokenId, String tokenName, Stored owner, boolean recorded) {}

    public Optional<Stored> find(String username) {
        return UserAccount.byUsername(em, username).map(CredentialStore::stored);
    }

    /** Replaces a hash with a stronger one of the same password, unless it changed in the meantime. */
    public void upgrade(String username, String oldHash, String newHash) {
        em.createQuery("update UserAccount u set u.passwordHash = :newHash where u.username = :username"
                        + " and u.passwordHash = :oldHash")
                .setParameter("newHash", newHash)
                .setParameter("username", username)
                .setParameter("oldHash", oldHash)
                .executeUpdate();
    }

    public Optional<TokenUse> useToken(String tokenHash) {
        Optional<ApiToken> found = em.createNamedQuery(ApiToken.FIND_BY_HASH, ApiToken.class)
                .setParameter("hash", tokenHash)
                .getResultStream()
                .findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApiToken token = found.get();
        Instant now = Instant.now();
        boolean record = token.getLastUsedAt() == null
                || token.getLastUsedAt().plus(TOKEN_USE_GRANULARITY).isBefore(now);
        if (record) {
            token.setLastUsedAt(now);
        }
        return Optional.of(new TokenUse(token.getId(), token.getName(), stored(token.getOwner()), record));
    }

    private static Stored stored(UserAccount user) {
        return new Stored(
                user.getUsername(),
                user.getPasswordHash(),
                user.isActive(),
                user.getRoles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet()));
    }
}
