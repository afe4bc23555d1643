package org.factdesk.service.intake;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.factdesk.model.claim.Claim;
import org.factdesk.model.publishing.ExternalFactCheck;
import org.factdesk.service.search.SearchFreshness;
import org.hibernate.search.mapper.orm.Search;

/**
 * Finds existing claims that say what a text says — the same event reported by another outlet, or a claim
 * reworded. Two thresholds, like the published anchors use: from {@link #SUGGEST} a claim is shown to the
 * person taking the text in; from {@link #MATCH} a new claim is linked to it as a duplicate without asking.
 *
 * <p>Retrieval is hybrid: the search index (Hibernate Search; embedded Lucene here, OpenSearch in a cluster,
 * chosen by configuration) gives the most relevant candidates by words (BM25) and the nearest by meaning (k-NN over
 * the stored sentence embeddings, {@link Embeddings}). Each candidate is then scored on a fixed 0–1 scale, so the
 * thresholds do not depend on the backend or on how many claims are indexed: {@link MatchScore}, the probability
 * that two texts state the same claim given their cosine in meaning and their {@link Resemblance} in words
 * (calibrated on CheckThat! 2020, docs/intake.md). When embeddings are unavailable the score is the word
 * resemblance alone, with its own thresholds ({@link #SUGGEST_WORDS}, {@link #MATCH_WORDS}).
 */
@Stateless
public class SimilarClaims {

    /** Shown as "may be the same claim" (the score by meaning and words). */
    public static final double SUGGEST = MatchScore.SUGGEST;
    /** Linked as a duplicate without asking (the score by meaning and words). */
    public static final double MATCH = MatchScore.MATCH;

    /**
     * The suggest level when only words count (embeddings unavailable). Measured on the Dawn claims: a rewording
     * of the same event scores 0.5–0.8; claims that only share a place or a party (another Idlib claim) stay
     * under 0.15.
     */
    public static final double SUGGEST_WORDS = 0.35;
    /**
     * The match level when only words count: the same sentence lightly edited scores 0.9 and more, the NFL
     * assertion as the analysis splits it from the Dawn sentence 0.84 against the seeded claim, while full
     * rewordings of the same event (0.70–0.76) stay suggestions for a person to judge.
     */
    public static final double MATCH_WORDS = 0.8;

    /**
     * Candidates without a vector a save embeds at most: the one sharing most words, if enough to be the same
     * claim. One sentence through the model; all twenty candidates would double the cost of a save.
     */
    static final int EMBED_WHILE_SAVING = 1;

    /** The claim's fields candidates by words are searched in, each alone. */
    private static final List<String> WORD_FIELDS = List.of("statement", "quote");

    /** Candidates fetched from the index before re-scoring, by each field and by meaning. */
    static final int CANDIDATES = 20;
    /**
     * The same for a claim being saved, which only wants the one it repeats: a candidate scored at MATCH shares most
     * of its words and meaning, so it is near the top of both lists. On CheckThat! (docs/intake.md), the top 5 by
     * words and the top 5 by meaning held every link the top 20 made (341 of 341 tweets, train and dev); 10 leaves
     * a margin for the vector graph, which misses some of the true nearest. Half the claims and vectors read.
     */
    static final int SAVE_CANDIDATES = 10;
    /** Terms sent to the index: a whole article's vocabulary would exceed Lucene's clause limit. */
    static final int MAX_QUERY_TERMS = 64;

    @PersistenceContext
    EntityManager em;

    @Inject
    SentenceEmbeddings encoder;

    @Inject
    Embeddings embeddings;

    @Inject
    SearchFreshness freshness;

    /**
     * Claims resembling the text at the suggest level or above, best first, at most {@code max}; {@code vector} is
     * the text's embedding (null without embeddings). Candidates by words are the most relevant by the statement,
     * and by the quote, each asked for alone; candidates by meaning are the nearest vectors. Only the best few are
     * wanted, never how many claims share a word: without an exact total to keep, the engine skips documents that
     * cannot reach the top (block-max WAND), so a common word costs little even across a million claims. It can only
     * do so for a flat query over one field: at 1,000,000 claims a query over both fields at once, or one requiring
     * half of the terms, took 8–24 ms for a new claim's terms, and the statement alone 1.5–3 ms, the quote alone
     * less than 0.1 ms (docs/performance.md). Requiring a share of the terms decided nothing the scoring below does
     * not: a claim needs two thirds of the words to be the same claim by words alone.
     *
     * <p>{@code embedMissing}: candidates the background filler has not embedded yet are embedded here (a search a
     * person waits for); otherwise only those whose words alone reach the suggest level are (a claim being saved
     * waits for the few that may be the same claim, not for every candidate): judged by words alone beside others
     * judged by meaning and words, an old claim stated almost word for word would lose to a looser paraphrase.
     */
    private List<SimilarClaim> find(
            String text, float[] vector, Long excludeId, int max, boolean embedMissing, int candidates) {
        String query = queryTerms(text);
        // the ids by words and by meaning first, then one read of the claims both name
        Set<Long> ids = new LinkedHashSet<>();
        if (!query.isBlank()) {
            for (String field : WORD_FIELDS) {
                ids.addAll(Search.session(em)
                        .search(Claim.class)
                        .select(f -> f.id(Long.class))
                        .where(f -> f.match().field(field).matching(query))
                        .totalHitCountThreshold(candidates)
                        .fetchHits(candidates));
            }
        }
        if (vector != null) {
            ids.addAll(embeddings.nearestClaims(vector, candidates));
        }
        ids.remove(excludeId);
        Map<Long, Claim> loaded = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select c from Claim c where c.id in :ids", Claim.class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(claim -> loaded.put(claim.getId(), claim));
        }
        Map<Long, Claim> found = new LinkedHashMap<>();
        ids.stream().filter(loaded::containsKey).forEach(id -> found.put(id, loaded.get(id)));
        Map<Long, float[]> vectors = Map.of();
        Map<Long, Double> words = new HashMap<>();
        found.values().forEach(claim -> words.put(claim.getId(), words(text, claim)));
        if (vector != null) {
            List<Claim> closestInWords = found.values().stream()
                    .sorted(Comparator.comparingDouble((Claim claim) -> words.get(claim.getId()))
                            .reversed())
                    .toList();
            vectors = vectorsOf(
                    closestInWords,
                    embedMissing ? closestInWords.size() : EMBED_WHILE_SAVING,
                    claim -> embedMissing || words.get(claim.getId()) >= SUGGEST_WORDS);
        }
        List<SimilarClaim> similar = new ArrayList<>();
        for (Claim claim : found.values()) {
            judge(claim, vector, words.get(claim.getId()), vectors.get(claim.getId()))
                    .ifPresent(similar::add);
        }
        similar.sort(Comparator.comparingDouble(SimilarClaim::score).reversed());
        return similar.size() > max ? similar.subList(0, max) : similar;
    }

    /**
     * The candidate as a similar claim, if it reaches the suggest level: by meaning and words when both vectors are
     * there ({@code other} is the candidate's), by words alone ({@code shared}) otherwise.
     */
    private static Optional<SimilarClaim> judge(Claim claim, float[] vector, double shared, float[] other) {
        if (vector != null && other != null) {
            double score = MatchScore.of(SentenceEmbeddings.cosine(vector, other), shared);
            return score >= SUGGEST ? Optional.of(new SimilarClaim(claim, score, score >= MATCH)) : Optional.empty();
        }
        return shared >= SUGGEST_WORDS
                ? Optional.of(new SimilarClaim(claim, shared, shared >= MATCH_WORDS))
                : Optional.empty();
    }

    /**
     * The stored vectors of the candidates; those not embedded yet (older claims the background filler has not
     * reached) that {@code embed} picks, the first {@code most} of them, are embedded here in one batch, not stored:
     * a search never writes.
     */
    private Map<Long, float[]> vectorsOf(Collection<Claim> claims, int most, Predicate<Claim> embed) {
        Map<Long, float[]> vectors = new HashMap<>(
                embeddings.ofClaims(claims.stream().map(Claim::getId).toList()));
        List<Claim> missing = claims.stream()
                .filter(c -> !vectors.containsKey(c.getId()) && embed.test(c))
                .limit(most)
                .toList();
        List<float[]> computed =
                encoder.embedAll(missing.stream().map(Claim::getStatement).toList());
        for (int i = 0; i < computed.size(); i++) {
            vectors.put(missing.get(i).getId(), computed.get(i));
        }
        return vectors;
    }

    /**
     * Fact-checks other organisations published (imported ClaimReviews) whose claim resembles the text at the
     * suggest level or above, best first, at most {@code max}: the same hybrid retrieval and the same 0–1 scale
     * as similar claims, so "already checked by …" means what "may be the same claim" means.
     */
    public List<CheckedElsewhere> checkedElsewhere(String text, int max) {
        freshness.seeEverySave();
        return checkedElsewhere(text, encoder.embed(text).orElse(null), max);
    }

    /**
     * Similar claims and fact-checks published elsewhere for each text, at most {@code max} of each: the texts are
     * embedded once, in one batch, for both searches (an article's candidates are analysed together).
     */
    public List<Resembling> resembling(List<String> texts, int max) {
        // a person asked: every acknowledged save counts (a claim created a moment ago, on any backend); the
        // duplicate check of a save uses the reader there is, so saves never wait for one another
        freshness.seeEverySave();
        List<String> embeddable =
                texts.stream().filter(t -> t != null && !t.isBlank()).toList();
        List<float[]> computed = encoder.embedAll(embeddable);
        Map<String, float[]> vectors = new HashMap<>();
        for (int i = 0; i < computed.size(); i++) {
            vectors.put(embeddable.get(i), computed.get(i));
        }
        List<Resembling> found = new ArrayList<>();
        for (String text : texts) {
            float[] vector = vectors.get(text);
            found.add(new Resembling(
                    find(text, vector, null, max, true, CANDIDATES), checkedElsewhere(text, vector, max)));
        }
        return found;
    }

    private List<CheckedElsewhere> checkedElsewhere(String text, float[] vector, int max) {
        String query = queryTerms(text);
        Map<Long, ExternalFactCheck> candidates = new LinkedHashMap<>();
        if (!query.isBlank()) {
            Search.session(em)
                    .search(ExternalFactCheck.class)
                    .where(f -> f.match().field("claimReviewed").matching(query))
                    .totalHitCountThreshold(CANDIDATES)
                    .fetchHits(CANDIDATES)
                    .forEach(check -> candidates.put(check.getId(), check));
        }
        Map<Long, float[]> vectors = Map.of();
        if (vector != null) {
            List<Long> missing = embeddings.nearestFactChecks(vector, CANDIDATES).stream()
                    .filter(id -> !candidates.containsKey(id))
                    .toList();
            if (!missing.isEmpty()) {
                em.createQuery("select e from ExternalFactCheck e where e.id in :ids", ExternalFactCheck.class)
                        .setParameter("ids", missing)
                        .getResultList()
                        .forEach(check -> candidates.put(check.getId(), check));
            }
            vectors = embeddings.ofFactChecks(candidates.keySet());
        }
        List<CheckedElsewhere> similar = new ArrayList<>();
        for (ExternalFactCheck check : candidates.values()) {
            double words = Resemblance.of(text, check.getClaimReviewed());
            float[] other = vectors.get(check.getId());
            double score = vector != null && other != null
                    ? MatchScore.of(SentenceEmbeddings.cosine(vector, other), words)
                    : words;
            if (score >= (vector != null && other != null ? SUGGEST : SUGGEST_WORDS)) {
                similar.add(new CheckedElsewhere(check, score));
            }
        }
        similar.sort(Comparator.comparingDouble(CheckedElsewhere::score).reversed());
        return similar.size() > max ? similar.subList(0, max) : similar;
    }

    /** How much of the text's words the claim's statement or quote shares (0–1). */
    private static double words(String text, Claim claim) {
        return Math.max(Resemblance.of(text, claim.getStatement()), Resemblance.of(text, claim.getQuote()));
    }

    private static String queryTerms(String text) {
        return String.join(
                " ", Resemblance.terms(text).stream().limit(MAX_QUERY_TERMS).toList());
    }

    /**
     * The earlier claim a new one repeats, if one resembles its statement at the match level; {@code vector} is
     * the statement's embedding (null without embeddings). Earlier claims not embedded yet are judged by words.
     *
     * <p>A claim that matches an earlier duplicate is linked to that duplicate's original only if it matches the
     * original too: resemblance is not transitive, and a chain of near matches (12 trucks reaching Tigray, 1514
     * reaching Mariupol, "1514 aid trucks reached Mariupol") would otherwise tie claims that share little to one
     * original. When none of the claims it matches is an original it matches, it is not linked; it is still shown
     * with them as "may be the same claim".
     */
    public Optional<Claim> original(Claim claim, float[] vector) {
        String text = claim.getStatement();
        List<SimilarClaim> matches =
                find(text, vector, claim.getId(), Integer.MAX_VALUE, false, SAVE_CANDIDATES).stream()
                        .filter(SimilarClaim::match)
                        .toList();
        Set<Long> matched = matches.stream().map(m -> m.claim().getId()).collect(Collectors.toSet());
        Map<Long, Boolean> originals = null;
        for (SimilarClaim match : matches) {
            Claim original = match.claim().getDuplicateOf();
            if (original == null) {
                return Optional.of(match.claim());
            }
            if (matched.contains(original.getId())) {
                return Optional.of(original);
            }
            if (originals == null) {
                originals = judgeOriginals(text, vector, matches, matched);
            }
            if (originals.get(original.getId())) {
                return Optional.of(original);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the text states the same claim as each original of the matched duplicates that is not a match itself
     * (many duplicates share a few originals), on the scale {@link #find} uses: by meaning and words with the stored
     * vectors, read at once; an original not embedded yet by words alone — embedding it here cost every such save
     * one more sentence through the model (a create's median 5–10 ms more in the write benchmark), and by words
     * alone a link needs four fifths of the words in common.
     */
    private Map<Long, Boolean> judgeOriginals(
            String text, float[] vector, List<SimilarClaim> matches, Set<Long> matched) {
        Map<Long, Claim> originals = new LinkedHashMap<>();
        for (SimilarClaim match : matches) {
            Claim original = match.claim().getDuplicateOf();
            if (original != null && !matched.contains(original.getId())) {
                originals.putIfAbsent(original.getId(), original);
            }
        }
        Map<Long, float[]> vectors = vector == null ? Map.of() : embeddings.ofClaims(originals.keySet());
        Map<Long, Boolean> judged = new HashMap<>();
        originals.forEach((id, original) -> judged.put(
                id,
                judge(original, vector, words(text, original), vectors.get(id))
                        .map(SimilarClaim::match)
                        .orElse(false)));
        return judged;
    }
}
