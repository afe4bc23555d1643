package org.factdesk.service.queue;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.factdesk.model.queue.SavedSearch;
import org.factdesk.service.account.AccountService;
import org.factdesk.service.common.InvalidInputException;
import org.factdesk.service.common.NotFoundException;

/**
 * Saved searches are private: everyone sees, saves and deletes only their own. Another person's search is
 * answered as "not found", so ids reveal nothing.
 */
@Stateless
public class SavedSearchService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    public List<SavedSearch> listMine() {
        return em.createNamedQuery(SavedSearch.LIST_BY_OWNER, SavedSearch.class)
                .setParameter("owner", accounts.currentUser().getUsername())
                .getResultList();
    }

    /** Saves the queue's query string under a name the caller has not used yet. */
    public SavedSearch save(String name, String query) {
        String owner = accounts.currentUser().getUsername();
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException("name", "error.savedSearchName", "Give the search a name");
        }
        if (trimmed.length() > SavedSearch.NAME_MAX) {
            throw new InvalidInputException(
                    "name", "error.savedSearchNameLength", "Name too long", SavedSearch.NAME_MAX);
        }
        if (query != null && query.length() > SavedSearch.QUERY_MAX) {
            throw new InvalidInputException("query", "error.savedSearchQuery", "Filters too long");
        }
        long taken = em.createNamedQuery(SavedSearch.COUNT_BY_OWNER_AND_NAME, Long.class)
                .setParameter("owner", owner)
                .setParameter("name", trimmed)
                .getSingleResult();
        if (taken > 0) {
            throw new InvalidInputException("name", "error.savedSearchTaken", "Name in use: " + trimmed, trimmed);
        }
        SavedSearch search = new SavedSearch(owner, trimmed, query);
        em.persist(search);
        return search;
    }

    public void delete(long id) {
        SavedSearch search = em.find(SavedSearch.class, id);
        if (search == null || !search.getOwner().equals(accounts.currentUser().getUsername())) {
            throw new NotFoundException("SavedSearch", id);
        }
        em.remove(search);
    }
}
