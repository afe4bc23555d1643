package org.factdesk.service.intake;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.util.List;
import org.factdesk.model.account.Role;
import org.factdesk.model.intake.Feed;
import org.factdesk.model.intake.FeedItem;
import org.factdesk.service.account.AccountService;
import org.factdesk.service.common.InvalidInputException;

/**
 * The feeds a newsroom watches. Editors (and admins) register feeds and import them on demand; everyone may
 * see the feeds and the recent items.
 */
@Stateless
public class FeedService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    FeedImporter importer;

    /** Registers a feed to poll, or returns the one already registered under that URL. */
    public Feed register(@NotBlank String url) {
        accounts.requireRole(Role.EDITOR, Role.ADMIN);
        String clean = url.strip();
        URI uri;
        try {
            uri = URI.create(clean);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("url", "error.feedUrl", "Not a feed URL: " + clean, clean);
        }
        if (clean.length() > Feed.URL_MAX || !FeedReader.isReadable(uri)) {
            throw new InvalidInputException("url", "error.feedUrl", "Not a feed URL: " + clean, clean);
        }
        return em.createNamedQuery(Feed.FIND_BY_URL, Feed.class)
                .setParameter("url", clean)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    Feed feed = new Feed(clean);
                    em.persist(feed);
                    em.flush();
                    return feed;
                });
    }

    /** Imports the feed now. Editors and admins. */
    public FeedImport importNow(long feedId) {
        accounts.requireRole(Role.EDITOR, Role.ADMIN);
        return importer.importFeed(feedId);
    }

    public List<Feed> list() {
        accounts.currentUser();
        return em.createNamedQuery(Feed.LIST_ALL, Feed.class).getResultList();
    }

    /** The newest items taken from feeds, with their feed and source loaded. */
    public List<FeedItem> recentItems(int max) {
        accounts.currentUser();
        return em.createNamedQuery(FeedItem.LIST_RECENT, FeedItem.class)
                .setMaxResults(max)
                .getResultList();
    }
}
