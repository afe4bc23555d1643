package org.factdesk.service.source;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.factdesk.model.account.Role;
import org.factdesk.model.source.Source;
import org.factdesk.service.account.AccountService;
import org.factdesk.service.claim.NewClaim;

/** Sources: the articles claims appear in. A URL already on file is reused rather than registered twice. */
@Stateless
public class SourceService {

    @jakarta.inject.Inject
    AccountService accounts;

    @PersistenceContext
    EntityManager em;

    public Optional<Source> find(long id) {
        return Optional.ofNullable(em.find(Source.class, id));
    }

    public Optional<Source> findByUrl(String url) {
        return em.createNamedQuery(Source.FIND_BY_URL, Source.class)
                .setParameter("url", url)
                .getResultStream()
                .findFirst();
    }

    /** Registers a source, or returns the one already known by its URL. Reporters, fact-checkers and editors. */
    public Source create(@NotNull @Valid NewClaim.NewSource input) {
        accounts.requireRole(Role.REPORTER, Role.FACT_CHECKER, Role.EDITOR);
        return store(input);
    }

    /**
     * The same for the feed importer, which also runs from the poll timer where nobody is logged in; its
     * interactive entry point ({@code FeedService.importNow}) checks the editor role itself.
     */
    public Source createFromFeed(@NotNull @Valid NewClaim.NewSource input) {
        return store(input);
    }

    private Source store(NewClaim.NewSource input) {
        if (input.url() != null && !input.url().isBlank()) {
            Optional<Source> known = findByUrl(input.url().strip());
            if (known.isPresent()) {
                return known.get();
            }
        }
        Source source = new Source(input.publisher().strip());
        source.setHeadline(input.headline());
        source.setUrl(
                input.url() == null || input.url().isBlank()
                        ? null
                        : input.url().strip());
        source.setDateline(input.dateline());
        source.setPublishedOn(input.publishedOn());
        source.setBody(input.body());
        em.persist(source);
        return source;
    }
}
