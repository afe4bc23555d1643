package org.factdesk.service.publishing;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;
import org.factdesk.model.account.Role;
import org.factdesk.model.publishing.ExternalFactCheck;
import org.factdesk.service.account.AccountService;
import org.factdesk.service.common.InvalidInputException;
import org.factdesk.service.common.Page;
import org.factdesk.service.intake.AddressGuard;
import org.factdesk.service.intake.CheckedElsewhere;
import org.factdesk.service.intake.Embeddings;
import org.factdesk.service.intake.FeedFetchException;
import org.factdesk.service.intake.FeedReader;
import org.factdesk.service.intake.SimilarClaims;
import org.factdesk.service.search.SearchFreshness;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;

/**
 * Fact-checks other organisations published, imported from their ClaimReview JSON-LD — posted, or read from a
 * page or feed under the same network rules as news feeds — and found again by the desk. An import stores all
 * it carries or nothing; a review already held (same URL) is updated, never added twice. Fact-checkers, editors
 * and admins import; anyone logged in searches.
 */
@Stateless
public class FactCheckImports {

    private static final Logger LOG = Logger.getLogger(FactCheckImports.class.getName());
    public static final int PAGE_SIZE_MAX = 100;
    public static final int TEXT_MAX = 200;
    /** URLs looked up in one query when matching an import against what is held. */
    private static final int URLS_PER_QUERY = 500;
    /** New or reworded fact-checks embedded within the import itself; more are left to the background filler. */
    static final int EMBED_WITH_IMPORT = 256;
    /** Reviews of the same claim listed first by a search ("already checked by"). */
    static final int SAME_CLAIM_MAX = 20;
    /**
     * Words from which a search reads as a claim and is matched by meaning too; fewer are keywords ("officer
     * Idlib"), matched by words only: two keywords have no meaning of their own to compare.
     */
    static final int CLAIM_MIN_WORDS = 4;

    /** What an import did: how many reviews it carried, how many were new, how many updated, and their ids. */
    public record Result(int received, int created, int updated, List<ExternalFactCheck> factChecks) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Embeddings embeddings;

    @Inject
    SimilarClaims similar;

    @Inject
    AccountService accounts;

    @Inject
    SearchFreshness freshness;

    @Resource
    SessionContext context;

    /** Imports the ClaimReviews of a JSON-LD text posted by the caller. */
    public Result importJson(@NotNull String jsonLd) {
        requireImporter();
        return store(ClaimReviewReader.fromJson(jsonLd), null);
    }

    /**
     * Reads a page (its ClaimReview scripts) or a JSON-LD feed from a public web address and imports what it
     * holds. The fetch runs outside any transaction; the storing is one.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Result importFrom(@NotNull String url) {
        requireImporter();
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new InvalidInputException("url", "error.import.source", "not a web address");
        }
        if (!FeedReader.isReadable(uri)) {
            throw new InvalidInputException("url", "error.import.source", "not an http(s) address");
        }
        String document;
        try {
            document = FeedReader.fetch(
                    uri,
                    AddressGuard.standard(),
                    "application/ld+json, application/json;q=0.9, text/html;q=0.8",
                    FactCheckImports::text);
        } catch (FeedFetchException e) {
            throw new InvalidInputException(
                    "url",
                    "error.import.unreadable." + e.getReason().name(),
                    uri + " was not read: " + e.getMessage(),
                    uri.toString());
        } catch (IOException e) {
            throw new InvalidInputException(
                    "url",
                    "error.import.unreadable." + FeedFetchException.Reason.UNREACHABLE,
                    uri + " could not be fetched",
                    uri.toString());
        }
        List<ClaimReviewReader.Review> reviews = ClaimReviewReader.fromDocument(document);
        return self().store(reviews, uri.toString());
    }

    private FactCheckImports self() {
        return context.getBusinessObject(FactCheckImports.class);
    }

    private static String text(InputStream in, String contentType) throws IOException {
        return new String(in.readAllBytes(), charset(contentType));
    }

    private static Charset charset(String contentType) {
        if (contentType != null) {
            for (String part : contentType.split(";")) {
                String p = part.strip();
                if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                    try {
                        return Charset.forName(p.substring(8).replace("\"", "").strip());
                    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                        break;
                    }
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** Stores the reviews (already read and checked), updating those held under the same URL. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Result store(@NotNull List<ClaimReviewReader.Review> reviews, String importedFrom) {
        requireImporter();
        // the same review twice in one import: the later one stands
        Map<String, ClaimReviewReader.Review> byUrl = new LinkedHashMap<>();
        for (ClaimReviewReader.Review review : reviews) {
            byUrl.remove(review.url());
            byUrl.put(review.url(), review);
        }
        Map<String, ExternalFactCheck> held = new HashMap<>();
        List<String> urls = new ArrayList<>(byUrl.keySet());
        for (int from = 0; from < urls.size(); from += URLS_PER_QUERY) {
            em.createNamedQuery(ExternalFactCheck.FIND_BY_URLS, ExternalFactCheck.class)
                    .setParameter("urls", urls.subList(from, Math.min(urls.size(), from + URLS_PER_QUERY)))
                    .getResultList()
                    .forEach(e -> held.put(e.getUrl(), e));
        }
        int created = 0;
        List<ExternalFactCheck> stored = new ArrayList<>(byUrl.size());
        List<ExternalFactCheck> newText = new ArrayList<>();
        for (ClaimReviewReader.Review review : byUrl.values()) {
            ExternalFactCheck check = held.get(review.url());
            if (check == null) {
                check = new ExternalFactCheck(review.url());
                created++;
                apply(check, review, importedFrom);
                em.persist(check);
                newText.add(check);
            } else {
                boolean reworded = !Objects.equals(check.getClaimReviewed(), review.claimReviewed());
                apply(check, review, importedFrom);
                if (reworded) {
                    newText.add(check);
                }
            }
            stored.add(check);
        }
        em.flush();
        embed(newText);
        int updated = stored.size() - created;
        LOG.info(() -> "Imported " + reviews.size() + " ClaimReviews (" + stored.size() + " distinct, "
                + (stored.size() - updated) + " new) from " + (importedFrom == null ? "the API" : importedFrom));
        return new Result(reviews.size(), created, updated, stored);
    }

    /**
     * Embeds the claims reviewed of new and reworded fact-checks with the import, so "already checked by" finds
     * them by meaning at once — up to {@value #EMBED_WITH_IMPORT} (a few seconds); beyond that, their old vectors
     * are dropped and the background filler embeds them over the next minutes.
     */
    private void embed(List<ExternalFactCheck> checks) {
        if (checks.isEmpty()) {
            return;
        }
        if (checks.size() <= EMBED_WITH_IMPORT) {
            Map<Long, String> texts = new LinkedHashMap<>();
            checks.forEach(c -> texts.put(c.getId(), c.getClaimReviewed()));
            embeddings.embedFactChecks(texts);
        } else {
            embeddings.forgetFactChecks(
                    checks.stream().map(ExternalFactCheck::getId).toList());
        }
    }

    private static void apply(ExternalFactCheck check, ClaimReviewReader.Review r, String importedFrom) {
        check.setClaimReviewed(r.claimReviewed());
        check.setReviewedBy(r.reviewedBy());
        check.setReviewerUrl(r.reviewerUrl());
        check.setRatingName(r.ratingName());
        check.setRatingValue(r.ratingValue());
        check.setBestRating(r.bestRating());
        check.setWorstRating(r.worstRating());
        check.setClaimant(r.claimant());
        check.setClaimDate(r.claimDate());
        check.setAppearanceUrl(r.appearanceUrl());
        check.setHeadline(r.headline());
        check.setLanguage(r.language());
        check.setReviewPublished(r.published());
        check.setReviewModified(r.modified());
        check.setImportedFrom(importedFrom);
    }

    /**
     * Imported fact-checks for {@code text}: first, when the text reads as a claim ({@value #CLAIM_MIN_WORDS} words or
     * more), those reviewing the same claim in any words (matched by meaning
     * and words, {@link SimilarClaims#checkedElsewhere}, best first, at most {@value #SAME_CLAIM_MAX}), then the others
     * holding all its words (stemmed, as claims are searched), the most relevant first; without text, the most
     * recently published reviews first. Paged by the index.
     */
    public Page<ExternalFactCheck> search(String text, int offset, int limit) {
        accounts.currentUser();
        if (text != null && text.length() > TEXT_MAX) {
            throw new InvalidInputException(
                    "q", "error.searchTextTooLong", "Search text is limited to " + TEXT_MAX + " characters", TEXT_MAX);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset " + offset);
        }
        if (limit < 1 || limit > PAGE_SIZE_MAX) {
            throw new InvalidInputException(
                    "size", "error.pageSize", "A page holds 1 to " + PAGE_SIZE_MAX, PAGE_SIZE_MAX);
        }
        freshness.seeEverySave();
        boolean words = text != null && !text.isBlank();
        // first the reviews of the same claim in any words (by meaning and words, best first), then the rest of
        // those holding all the words, by relevance; without embeddings, only the latter
        List<ExternalFactCheck> same = words && text.strip().split("\\s+").length >= CLAIM_MIN_WORDS
                ? similar.checkedElsewhere(text.strip(), SAME_CLAIM_MAX).stream()
                        .map(CheckedElsewhere::factCheck)
                        .toList()
                : List.of();
        List<Long> sameIds = same.stream().map(ExternalFactCheck::getId).toList();
        int skip = Math.max(0, offset - same.size());
        int take = limit - Math.max(0, Math.min(limit, same.size() - offset));
        SearchResult<ExternalFactCheck> result = Search.session(em)
                .search(ExternalFactCheck.class)
                .where(f -> {
                    if (!words) {
                        return f.matchAll();
                    }
                    var holding = f.simpleQueryString()
                            .field("claimReviewed")
                            .matching(text.strip())
                            .defaultOperator(BooleanOperator.AND);
                    return sameIds.isEmpty() ? holding : f.bool().must(holding).mustNot(f.id().matchingAny(sameIds));
                })
                .sort(f -> words
                        ? f.score()
                        : f.field("reviewPublished")
                                .desc()
                                .missing()
                                .last()
                                .then()
                                .field(ExternalFactCheck.SORT_ID_FIELD)
                                .desc())
                .fetch(skip, Math.max(take, 1));
        List<ExternalFactCheck> items = new ArrayList<>(limit);
        if (offset < same.size()) {
            items.addAll(same.subList(offset, Math.min(same.size(), offset + limit)));
        }
        if (take > 0) {
            items.addAll(result.hits().subList(0, Math.min(take, result.hits().size())));
        }
        return new Page<>(items, offset, limit, same.size() + result.total().hitCount());
    }

    private void requireImporter() {
        accounts.requireRole(Role.FACT_CHECKER, Role.EDITOR, Role.ADMIN);
    }
}
