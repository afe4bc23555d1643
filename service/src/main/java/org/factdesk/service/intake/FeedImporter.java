package org.factdesk.service.intake;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.factdesk.model.common.WebAddressValidator;
import org.factdesk.model.intake.Feed;
import org.factdesk.model.intake.FeedItem;
import org.factdesk.model.source.Source;
import org.factdesk.service.claim.NewClaim;
import org.factdesk.service.common.InvalidInputException;
import org.factdesk.service.common.NotFoundException;
import org.factdesk.service.source.SourceService;

/**
 * Takes new articles from a feed: each entry not seen before becomes a {@link Source} (publisher = the feed's
 * title) and is analysed; its candidate count and best check-worthiness are kept on the {@link FeedItem}.
 * No role check here — the caller decides: {@link FeedService} for people, {@link FeedPoller} for the timer.
 */
@Stateless
public class FeedImporter {

    @PersistenceContext
    EntityManager em;

    @Inject
    SourceService sources;

    @Inject
    IntakeAnalyzer analyzer;

    public List<Long> activeFeedIds() {
        return em.createNamedQuery(Feed.LIST_ACTIVE, Feed.class)
                .getResultStream()
                .map(Feed::getId)
                .toList();
    }

    public FeedImport importFeed(long feedId) {
        Feed feed = em.find(Feed.class, feedId);
        if (feed == null) {
            throw new NotFoundException("Feed", feedId);
        }
        FeedReader.FeedContent content;
        try {
            content = FeedReader.read(URI.create(feed.getUrl()));
        } catch (FeedFetchException e) {
            throw new InvalidInputException(
                    "url",
                    "error.feedUnreadable." + e.getReason().name(),
                    "Cannot read feed " + feed.getUrl() + ": " + e.getMessage(),
                    feed.getUrl());
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidInputException(
                    "url",
                    "error.feedUnreadable." + FeedFetchException.Reason.UNREACHABLE.name(),
                    "Cannot read feed " + feed.getUrl(),
                    feed.getUrl());
        }
        feed.polled(content.title(), Instant.now());
        String publisher = feed.getTitle() != null
                ? feed.getTitle()
                : URI.create(feed.getUrl()).getHost();
        int imported = 0;
        for (FeedReader.Entry entry : content.entries()) {
            if (entry.key().length() > FeedItem.KEY_MAX || known(entry.key())) {
                continue;
            }
            Source source = sources.createFromFeed(new NewClaim.NewSource(
                    cut(publisher == null ? "feed" : publisher, Source.PUBLISHER_MAX),
                    cut(entry.title(), Source.HEADLINE_MAX),
                    WebAddressValidator.isWeb(entry.link()) && entry.link().length() <= Source.URL_MAX
                            ? entry.link()
                            : null,
                    null,
                    entry.published() == null ? null : LocalDate.ofInstant(entry.published(), ZoneOffset.UTC),
                    cut(entry.text(), Source.BODY_MAX)));
            FeedItem item = new FeedItem(feed, entry.key(), cut(entry.title(), FeedItem.TITLE_MAX), source);
            summarise(item, entry.text());
            em.persist(item);
            imported++;
        }
        em.flush();
        return new FeedImport(feed.getId(), feed.getTitle(), content.entries().size(), imported);
    }

    private void summarise(FeedItem item, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        // a feed item in another language is summarised all the same (its scores are low), never refused
        Analysis analysis = analyzer.withMeaning(analyzer.analyzer().analyze(cut(text, IntakeAnalyzer.MAX_TEXT)));
        Double top = null;
        for (AnalyzedSentence s : analysis.sentences()) {
            top = top == null ? s.checkWorthiness() : Math.max(top, s.checkWorthiness());
        }
        item.analysed(analysis.candidates().size(), top);
    }

    private boolean known(String key) {
        return em.createNamedQuery(FeedItem.EXISTS_BY_KEY, Long.class)
                        .setParameter("key", key)
                        .getSingleResult()
                > 0;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
