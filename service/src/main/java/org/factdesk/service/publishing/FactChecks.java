package org.factdesk.service.publishing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.model.claim.Claim;
import org.factdesk.model.claim.ClaimStatus;
import org.factdesk.model.claim.StatusChange;
import org.factdesk.model.claim.Transition;
import org.factdesk.model.common.BaseEntity;
import org.factdesk.model.common.Slugs;
import org.factdesk.service.common.GoneException;
import org.factdesk.service.common.InvalidInputException;
import org.factdesk.service.common.NotFoundException;
import org.factdesk.service.common.Page;
import org.factdesk.service.common.SearchRebuildingException;
import org.factdesk.service.search.SearchFreshness;
import org.factdesk.service.search.SearchIndexState;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;

/**
 * Published fact-checks, for anyone: no login, no role. A claim whose verdict is not published is not found
 * (never "forbidden", which would tell that it exists); one that was published and then withdrawn is gone.
 */
@Stateless
public class FactChecks {

    /** Longest search text the public list takes. */
    public static final int TEXT_MAX = 200;

    public static final int PAGE_SIZE = 20;

    /** One line of the public list: the claim, who made it, the rating, when it was published. */
    public record Summary(
            long id, String path, String statement, String speaker, String ratingName, Instant published) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    SearchIndexState index;

    @Inject
    SearchFreshness freshness;

    public FactCheck find(long claimId) {
        Claim claim = em.find(Claim.class, claimId);
        if (claim == null || !claim.isVerdictPublic()) {
            if (claim != null && !moves(claimId, Transition.UNPUBLISH).isEmpty()) {
                throw new GoneException("Fact-check", claimId);
            }
            throw new NotFoundException("Fact-check", claimId);
        }
        List<FactCheck.Correction> corrections = moves(claimId, Transition.CORRECT).stream()
                .map(change -> new FactCheck.Correction(change.getReason(), change.getCreatedAt()))
                .toList();
        return FactCheck.of(claim, corrections);
    }

    private List<StatusChange> moves(long claimId, Transition transition) {
        return em.createNamedQuery(StatusChange.LIST_BY_TRANSITION_OF_CLAIM, StatusChange.class)
                .setParameter("claimId", claimId)
                .setParameter("transition", transition)
                .getResultList();
    }

    /**
     * Published fact-checks, newest first, optionally those whose claim holds the words of {@code text}: a page of
     * {@link #PAGE_SIZE}, paged by the search index. While the index is rebuilt the newest come from the database
     * and a text search says it is rebuilding.
     */
    public Page<Summary> list(String text, int page) {
        String words = text == null ? "" : text.strip();
        if (words.length() > TEXT_MAX || words.indexOf('\0') >= 0) {
            throw new InvalidInputException(
                    "q", "error.searchTextTooLong", "Search text is limited to " + TEXT_MAX + " characters", TEXT_MAX);
        }
        return newest(words, page, PAGE_SIZE).map(FactChecks::summary);
    }

    /** Published fact-checks in a DataFeed page: at most this many ClaimReviews each. */
    public static final int FEED_PAGE_SIZE = 100;

    /** A page of every published fact-check, newest first, whole (for the DataFeed of ClaimReviews). */
    public Page<FactCheck> feed(int page) {
        Page<Claim> claims = newest("", page, FEED_PAGE_SIZE);
        List<Long> ids = claims.items().stream().map(Claim::getId).toList();
        Map<Long, List<FactCheck.Correction>> corrections = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery(
                            "select s from StatusChange s where s.claim.id in :ids and s.transition = :correct "
                                    + "order by s.id",
                            StatusChange.class)
                    .setParameter("ids", ids)
                    .setParameter("correct", Transition.CORRECT)
                    .getResultStream()
                    .forEach(change -> corrections
                            .computeIfAbsent(change.getClaim().getId(), k -> new ArrayList<>())
                            .add(new FactCheck.Correction(change.getReason(), change.getCreatedAt())));
        }
        return claims.map(claim -> FactCheck.of(claim, corrections.getOrDefault(claim.getId(), List.of())));
    }

    /**
     * The most rows a search is paged into by number, as OpenSearch allows by default (max_result_window): pages
     * of every fact-check past it come from the database, in the same order.
     */
    static final int INDEX_WINDOW = 10_000;

    /**
     * Published claims, newest publication first, optionally holding the words: paged by the search index; while
     * it is rebuilt, and past its window, the newest come from the database (a text search past the window finds
     * no more, and while it is rebuilt says so).
     */
    private Page<Claim> newest(String words, int page, int size) {
        int offset = Math.max(0, Math.min(page, 10_000)) * size;
        boolean pastWindow = offset + size > INDEX_WINDOW;
        if (!index.isReady() || (pastWindow && words.isEmpty())) {
            if (!words.isEmpty()) {
                throw new SearchRebuildingException(index.progress().percent());
            }
            List<Claim> newest = em.createQuery(
                            "select c from Claim c join c.verdict v where c.status in :public "
                                    + "and v.publishedAt is not null order by v.publishedAt desc, c.id desc",
                            Claim.class)
                    .setParameter("public", ClaimStatus.publicStatuses())
                    .setFirstResult(offset)
                    .setMaxResults(size)
                    .getResultList();
            return new Page<>(newest, offset, size, publishedCount());
        }
        freshness.seeEverySave();
        // a text search pages within the engine's window; past it, the page is empty and the total says how many
        int take = Math.max(0, Math.min(size, INDEX_WINDOW - offset));
        SearchResult<Claim> result = Search.session(em)
                .search(Claim.class)
                .where(f -> f.bool().with(b -> {
                    b.filter(f.terms().field("status").matchingAny(ClaimStatus.publicStatuses()));
                    b.must(
                            words.isEmpty()
                                    ? f.matchAll()
                                    : f.simpleQueryString()
                                            .fields("statement", "quote")
                                            .matching(words)
                                            .defaultOperator(BooleanOperator.AND));
                }))
                .sort(f -> f.field("publishedAt")
                        .desc()
                        .missing()
                        .last()
                        .then()
                        .field(BaseEntity.SORT_ID_FIELD)
                        .desc())
                .fetch(Math.min(offset, INDEX_WINDOW), take);
        return new Page<>(result.hits(), offset, size, result.total().hitCount());
    }

    /** At most this many addresses in one sitemap file (the sitemaps protocol's limit). */
    public static final int SITEMAP_PART = 50_000;

    /** A published fact-check's address and when it last changed, for the sitemap. */
    public record Location(String path, Instant modified) {}

    /** How many fact-checks are published (the sitemap's size). */
    public long publishedCount() {
        return em.createQuery("select count(c) from Claim c where c.status in :public", Long.class)
                .setParameter("public", ClaimStatus.publicStatuses())
                .getSingleResult();
    }

    /** One part of the sitemap: published fact-checks in id order, {@link #SITEMAP_PART} a part. */
    public List<Location> locations(int part) {
        return em.createQuery(
                        "select c.id, c.publicSlug, c.statement, v.modifiedAt from Claim c join c.verdict v "
                                + "where c.status in :public order by c.id",
                        Object[].class)
                .setParameter("public", ClaimStatus.publicStatuses())
                .setFirstResult(Math.max(0, part) * SITEMAP_PART)
                .setMaxResults(SITEMAP_PART)
                .setHint("org.hibernate.readOnly", true)
                .getResultStream()
                .map(row -> new Location(
                        FactCheck.path((Long) row[0], row[1] != null ? (String) row[1] : Slugs.of((String) row[2])),
                        (Instant) row[3]))
                .toList();
    }

    /** One entry of the public corrections log. */
    public record CorrectionEntry(String path, String statement, String note, Instant at) {}

    /**
     * The public corrections log: every correction of a fact-check that is public now, newest first, a page of
     * {@link #PAGE_SIZE}.
     */
    public Page<CorrectionEntry> corrections(int page) {
        int offset = Math.max(0, Math.min(page, 10_000)) * PAGE_SIZE;
        List<CorrectionEntry> entries = em.createNamedQuery(StatusChange.LIST_BY_TRANSITION_PUBLIC, StatusChange.class)
                .setParameter("transition", Transition.CORRECT)
                .setParameter("public", ClaimStatus.publicStatuses())
                .setFirstResult(offset)
                .setMaxResults(PAGE_SIZE)
                .getResultStream()
                .map(change -> new CorrectionEntry(
                        FactCheck.path(
                                change.getClaim().getId(), change.getClaim().getPublicSlug()),
                        change.getClaim().getStatement(),
                        change.getReason(),
                        change.getCreatedAt()))
                .toList();
        long total = em.createNamedQuery(StatusChange.COUNT_BY_TRANSITION_PUBLIC, Long.class)
                .setParameter("transition", Transition.CORRECT)
                .setParameter("public", ClaimStatus.publicStatuses())
                .getSingleResult();
        return new Page<>(entries, offset, PAGE_SIZE, total);
    }

    private static Summary summary(Claim claim) {
        String speaker = claim.isAttributed()
                ? claim.getAttribution().getClaimant().getName()
                : claim.getAppearances().isEmpty()
                        ? null
                        : claim.getAppearances().get(0).getSource().getPublisher();
        return new Summary(
                claim.getId(),
                FactCheck.path(claim.getId(), claim.getPublicSlug()),
                claim.getStatement(),
                speaker,
                claim.getVerdict().getRating().getLabel(),
                claim.getPublishedAt());
    }
}
