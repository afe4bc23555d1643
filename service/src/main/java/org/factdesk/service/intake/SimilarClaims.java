package org.factdesk.service.intake;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.factdesk.model.claim.Claim;
import org.factdesk.model.publishing.ExternalFactCheck;
import org.hibernate.search.mapper.orm.Search;

/**
 * Finds existing claims that say what a text says — the same event reported by another outlet, or a claim
 * reworded. Two thresholds, like the published anchors use: from {@link #SUGGEST} a claim is shown to the
 * person taking the text in; from {@link #MATCH} a new claim is linked to it as a duplicate without asking.
 *
 * <p>The search index (Hibernate Search; embedded Lucene here, Elasticsearch or OpenSearch in a cluster, chosen
 * by configuration) retrieves the most relevant candidates; {@link Resemblance} then scores each on a fixed
 * 0–1 scale, so the thresholds do not depend on the backend or on how many claims are indexed.
 */
@Stateless
public class SimilarClaims {

    /**
     * Shown as "may be the same claim". Measured on the Dawn claims: a rewording of the same event scores
     * 0.5–0.8; claims that only share a place or a party (another Idlib claim) stay under 0.15.
     */
    public static final double SUGGEST = 0.35;
    /**
     * Linked as a duplicate without asking: the same sentence lightly edited scores 0.9 and more, the NFL
     * assertion as the analysis splits it from the Dawn sentence 0.84 against the seeded claim, while full
     * rewordings of the same event (0.70–0.76) stay suggestions for a person to judge.
     */
    public static final double MATCH = 0.8;

    /**
     * Share of a new claim's terms a candidate duplicate must hold in the index. A Dice coefficient of {@link
     * #MATCH} (0.8) needs at least two thirds of the claim's terms in common (common ≥ 0.4 (n + m) and m ≥ common
     * give common ≥ 2n/3); half leaves room for the index's stemmer splitting a few terms that {@link
     * Resemblance}'s lighter one joins. It spares the check of every new claim scoring the hundreds of thousands
     * of claims that share only one or two common words with it.
     */
    static final int MATCH_TERMS_PERCENT = 50;

    /** Candidates fetched from the index before re-scoring. */
    static final int CANDIDATES = 20;
    /** Terms sent to the index: a whole article's vocabulary would exceed Lucene's clause limit. */
    static final int MAX_QUERY_TERMS = 64;

    @PersistenceContext
    EntityManager em;

    /** Claims resembling the text at the suggest level or above, best first, at most {@code max}. */
    public List<SimilarClaim> find(String text, int max) {
        return find(text, null, max);
    }

    /** As {@link #find(String, int)}, leaving out one claim (the one the text belongs to). */
    public List<SimilarClaim> find(String text, Long excludeId, int max) {
        return find(text, excludeId, max, 0);
    }

    /**
     * Candidates must hold at least {@code minimumPercent} of the text's terms (0: any of them). Only the best
     * few are wanted, never how many claims share a word: without an exact total to keep, the engine skips
     * documents that cannot reach the top (block-max WAND), so a common word costs little even across a million
     * claims; a minimum share of terms lets it skip far more.
     */
    private List<SimilarClaim> find(String text, Long excludeId, int max, int minimumPercent) {
        String query = queryTerms(text);
        if (query.isBlank()) {
            return List.of();
        }
        List<Claim> hits = Search.session(em)
                .search(Claim.class)
                .where(f -> {
                    var match = f.match()
                            .field("statement")
                            .boost(2f)
                            .field("quote")
                            .matching(query);
                    return minimumPercent == 0
                            ? match
                            : match.minimumShouldMatch()
                                    .ifMoreThan(1)
                                    .thenRequirePercent(minimumPercent)
                                    .end();
                })
                .totalHitCountThreshold(CANDIDATES)
                .fetchHits(CANDIDATES);
        List<SimilarClaim> similar = new ArrayList<>();
        for (Claim claim : hits) {
            if (Objects.equals(claim.getId(), excludeId)) {
                continue;
            }
            double score = Math.max(Resemblance.of(text, claim.getStatement()), Resemblance.of(text, claim.getQuote()));
            if (score >= SUGGEST) {
                similar.add(new SimilarClaim(claim, score, score >= MATCH));
            }
        }
        similar.sort(Comparator.comparingDouble(SimilarClaim::score).reversed());
        return similar.size() > max ? similar.subList(0, max) : similar;
    }

    /**
     * Fact-checks other organisations published (imported ClaimReviews) whose claim resembles the text at the
     * suggest level or above, best first, at most {@code max}: the same retrieval and the same 0–1 scale as
     * similar claims, so "already checked by …" means what "may be the same claim" means.
     */
    public List<CheckedElsewhere> checkedElsewhere(String text, int max) {
        String query = queryTerms(text);
        if (query.isBlank()) {
            return List.of();
        }
        List<ExternalFactCheck> hits = Search.session(em)
                .search(ExternalFactCheck.class)
                .where(f -> f.match().field("claimReviewed").matching(query))
                .totalHitCountThreshold(CANDIDATES)
                .fetchHits(CANDIDATES);
        List<CheckedElsewhere> similar = new ArrayList<>();
        for (ExternalFactCheck check : hits) {
            double score = Resemblance.of(text, check.getClaimReviewed());
            if (score >= SUGGEST) {
                similar.add(new CheckedElsewhere(check, score));
            }
        }
        similar.sort(Comparator.comparingDouble(CheckedElsewhere::score).reversed());
        return similar.size() > max ? similar.subList(0, max) : similar;
    }

    private static String queryTerms(String text) {
        return String.join(
                " ", Resemblance.terms(text).stream().limit(MAX_QUERY_TERMS).toList());
    }

    /** The earlier claim a new one repeats, if one resembles its statement at the match level. */
    public java.util.Optional<Claim> original(Claim claim) {
        return find(claim.getStatement(), claim.getId(), 1, MATCH_TERMS_PERCENT).stream()
                .filter(SimilarClaim::match)
                .map(SimilarClaim::claim)
                .map(c -> c.getDuplicateOf() != null ? c.getDuplicateOf() : c)
                .findFirst();
    }
}
