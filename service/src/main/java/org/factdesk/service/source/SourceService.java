package org.factdesk.service.source;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.factdesk.model.source.Source;
import org.factdesk.service.claim.NewClaim;

/** Sources: the articles claims appear in. A URL already on file is reused rather than registered twice. */
@Stateless
public class SourceService {

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

    public Source create(@NotNull @Valid NewClaim.NewSource input) {
        if (input.url() != null && !input.url().isBlank()) {
            Optional<Source> known = findByUrl(input.url().strip());
            if (known.isPresent()) {
                return known.get();
            }
        }
        Source source = new Source(input.publisher().strip());
        source.setHeadline(input.headline());
        source.setUrl(input.url() == null || input.url().isBlank() ? null : input.url().strip());
        source.setDateline(input.dateline());
        source.setPublishedOn(input.publishedOn());
        source.setBody(input.body());
        em.persist(source);
        return source;
    }
}
