package org.factdesk.service.publishing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.factdesk.model.account.Role;
import org.factdesk.model.publishing.PublisherSettings;
import org.factdesk.service.account.AccountService;
import org.factdesk.service.common.Versions;

/**
 * The organisation the fact-checks are published under. Anyone may read it — it is on every public page and
 * ClaimReview; only an administrator may change it. What an administrator saved wins; until somebody does, or
 * after they go back to the defaults, the server's settings apply ({@link Publisher#fromEnvironment()}).
 */
@Stateless
public class PublisherService {

    /**
     * The organisation as the administration page shows it: what applies now, whether an administrator saved it
     * (or the server's settings apply), the version to send back, and who saved it when.
     */
    public record Settings(Publisher publisher, boolean saved, long version, String savedBy, Instant savedAt) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    /** The organisation that applies now, for the public pages and ClaimReviews: one small read, no login. */
    public Publisher current() {
        PublisherSettings row = em.createNamedQuery(PublisherSettings.FIND_ALL, PublisherSettings.class)
                .setMaxResults(1)
                .setHint("org.hibernate.readOnly", true)
                .getResultStream()
                .findFirst()
                .orElse(null);
        return row == null || !row.isSaved()
                ? Publisher.fromEnvironment()
                : new Publisher(row.getName(), row.getUrl(), row.getLogo());
    }

    /** The settings for the administration page and API. */
    public Settings getSettings() {
        accounts.requireRole(Role.ADMIN);
        return settings(row());
    }

    /**
     * Saves the organisation, from the version the administrator loaded: another administrator's save since is a
     * conflict, never overwritten. Empty addresses mean none (the server's are not used once a name is saved).
     */
    public Settings save(@NotNull @Valid PublisherInput input, Long expectedVersion) {
        accounts.requireRole(Role.ADMIN);
        PublisherSettings row = lockForChange(expectedVersion);
        row.set(input.name().strip(), blankToNull(input.url()), blankToNull(input.logo()));
        em.flush();
        return settings(row);
    }

    /** Forgets what was saved, from the version loaded: the server's settings apply again. */
    public Settings useDefaults(Long expectedVersion) {
        accounts.requireRole(Role.ADMIN);
        PublisherSettings row = lockForChange(expectedVersion);
        if (row.isSaved()) {
            row.clear();
            em.flush();
        }
        return settings(row);
    }

    private PublisherSettings lockForChange(Long expectedVersion) {
        return Versions.lock(em, row(), expectedVersion, "The publishing organisation");
    }

    /** The one row; made here only if the migration's row is missing. */
    private PublisherSettings row() {
        return em.createNamedQuery(PublisherSettings.FIND_ALL, PublisherSettings.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    PublisherSettings made = new PublisherSettings();
                    em.persist(made);
                    em.flush();
                    return made;
                });
    }

    private static Settings settings(PublisherSettings row) {
        Publisher publisher =
                row.isSaved() ? new Publisher(row.getName(), row.getUrl(), row.getLogo()) : Publisher.fromEnvironment();
        return new Settings(
                publisher,
                row.isSaved(),
                row.getVersion(),
                row.isSaved() ? row.getModifiedBy() : null,
                row.isSaved() ? row.getModifiedAt() : null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
