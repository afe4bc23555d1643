package org.factdesk.service.security;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.factdesk.model.account.UserAccount;
import org.factdesk.model.security.ApiToken;
import org.factdesk.model.security.SecurityEventKind;
import org.factdesk.service.account.AccountService;
import org.factdesk.service.common.InvalidInputException;
import org.factdesk.service.common.NotFoundException;

/** A user's own API tokens: made, listed and revoked by that user only. */
@Stateless
public class ApiTokens {

    /** A token per script or integration is plenty; more is a sign of tokens never being revoked. */
    public static final int MAX_ACTIVE = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    SecurityEvents events;

    /** A new token and its secret, which is shown this once and never stored. */
    public record Created(ApiToken token, String secret) {}

    public Created create(String name) {
        UserAccount owner = accounts.currentUser();
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > ApiToken.NAME_MAX) {
            throw new InvalidInputException(
                    "name",
                    "error.tokenName",
                    "A token needs a name of at most " + ApiToken.NAME_MAX + " characters",
                    ApiToken.NAME_MAX);
        }
        if (list().stream().filter(t -> !t.isRevoked()).count() >= MAX_ACTIVE) {
            throw new InvalidInputException(
                    "name", "error.tooManyTokens", "At most " + MAX_ACTIVE + " active tokens", MAX_ACTIVE);
        }
        String secret = Authenticator.newTokenSecret();
        ApiToken token = new ApiToken(owner, label, Authenticator.sha256(secret));
        em.persist(token);
        events.record(
                SecurityEventKind.TOKEN_CREATED,
                owner.getUsername(),
                owner.getUsername(),
                null,
                "token " + token.getId() + " (" + label + ")");
        return new Created(token, secret);
    }

    public List<ApiToken> list() {
        UserAccount owner = accounts.currentUser();
        return em.createNamedQuery(ApiToken.LIST_BY_OWNER, ApiToken.class)
                .setParameter("owner", owner)
                .getResultList();
    }

    public void revoke(long id) {
        UserAccount owner = accounts.currentUser();
        ApiToken token = em.find(ApiToken.class, id);
        if (token == null || !token.getOwner().equals(owner)) {
            throw new NotFoundException("Token", id);
        }
        if (!token.isRevoked()) {
            token.revoke();
            events.record(
                    SecurityEventKind.TOKEN_REVOKED,
                    owner.getUsername(),
                    owner.getUsername(),
                    null,
                    "token " + id + " (" + token.getName() + ")");
        }
    }
}
