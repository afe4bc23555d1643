package org.factdesk.service.intake;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.factdesk.model.embedding.ClaimEmbedding;
import org.factdesk.model.embedding.FactCheckEmbedding;
import org.factdesk.model.embedding.TextEmbedding;
import org.hibernate.search.mapper.orm.Search;

/**
 * The stored sentence embeddings of claims and imported fact-checks: written beside the rows they describe, read
 * back for scoring, and searched by meaning (the nearest vectors in the search index, k-NN).
 */
@Stateless
public class Embeddings {

    @PersistenceContext
    EntityManager em;

    @Inject
    SentenceEmbeddings encoder;

    /** Stores (or replaces) a claim's vector, computed by the caller from its statement. */
    public void storeForClaim(long claimId, float[] vector) {
        ClaimEmbedding stored = em.find(ClaimEmbedding.class, claimId);
        if (stored == null) {
            em.persist(new ClaimEmbedding(claimId, SentenceEmbeddings.MODEL, vector));
        } else {
            stored.set(SentenceEmbeddings.MODEL, vector);
        }
    }

    /** Stores the vector of a claim being created, which has none yet (without looking for one first). */
    public void storeForNewClaim(long claimId, float[] vector) {
        em.persist(new ClaimEmbedding(claimId, SentenceEmbeddings.MODEL, vector));
    }

    /** Embeds a claim's (new) statement and stores it; nothing when embeddings are unavailable. */
    public void embedClaim(long claimId, String statement) {
        encoder.embed(statement).ifPresent(vector -> storeForClaim(claimId, vector));
    }

    /** Embeds fact-checks' claims reviewed (id → text) in one batch, spread over the cores, and stores them. */
    public void embedFactChecks(Map<Long, String> claimsReviewed) {
        storeFactChecks(claimsReviewed, encoder::embedAll);
    }

    /** The same on the calling thread alone: for the background filler, which leaves the other cores to people. */
    public void embedFactChecksInBackground(Map<Long, String> claimsReviewed) {
        storeFactChecks(claimsReviewed, encoder::embedInBackground);
    }

    private void storeFactChecks(Map<Long, String> claimsReviewed, Function<List<String>, List<float[]>> embed) {
        List<Map.Entry<Long, String>> entries = claimsReviewed.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .toList();
        List<float[]> vectors =
                embed.apply(entries.stream().map(Map.Entry::getValue).toList());
        for (int i = 0; i < vectors.size(); i++) {
            long id = entries.get(i).getKey();
            FactCheckEmbedding stored = em.find(FactCheckEmbedding.class, id);
            if (stored == null) {
                em.persist(new FactCheckEmbedding(id, SentenceEmbeddings.MODEL, vectors.get(i)));
            } else {
                stored.set(SentenceEmbeddings.MODEL, vectors.get(i));
            }
        }
    }

    /** Drops the vectors of these fact-checks (their text changed), for the background filler to recompute. */
    public void forgetFactChecks(Collection<Long> ids) {
        for (Long id : ids) {
            FactCheckEmbedding stored = em.find(FactCheckEmbedding.class, id);
            if (stored != null) {
                em.remove(stored);
            }
        }
    }

    /** The stored vectors of these claims (claims not embedded yet are missing from the map). */
    public Map<Long, float[]> ofClaims(Collection<Long> ids) {
        return vectors(ClaimEmbedding.class, "claimId", ids, ClaimEmbedding::getClaimId);
    }

    /** The stored vectors of these fact-checks. */
    public Map<Long, float[]> ofFactChecks(Collection<Long> ids) {
        return vectors(FactCheckEmbedding.class, "factCheckId", ids, FactCheckEmbedding::getFactCheckId);
    }

    private <E extends TextEmbedding> Map<Long, float[]> vectors(
            Class<E> type, String key, Collection<Long> ids, Function<E, Long> idOf) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, float[]> vectors = new HashMap<>();
        em.createQuery(
                        "select e from " + type.getSimpleName() + " e where e." + key + " in :ids and e.model = :model",
                        type)
                .setParameter("ids", ids)
                .setParameter("model", SentenceEmbeddings.MODEL)
                .getResultList()
                .forEach(e -> vectors.put(idOf.apply(e), e.getVector()));
        return vectors;
    }

    /** Ids of the {@code k} claims whose statements are nearest the vector in meaning, nearest first. */
    public List<Long> nearestClaims(float[] vector, int k) {
        return nearest(ClaimEmbedding.class, vector, k);
    }

    /** Ids of the {@code k} imported fact-checks nearest the vector in meaning, nearest first. */
    public List<Long> nearestFactChecks(float[] vector, int k) {
        return nearest(FactCheckEmbedding.class, vector, k);
    }

    /**
     * The vector graph is asked for {@link #GRAPH_CANDIDATES} times {@code k} and the best {@code k} kept: a graph
     * search misses some of the true nearest, fewer the more candidates it follows. Measured on 20,750 fact-checked
     * claims and 997 tweets asking for their 20 nearest: 95 % of the true 20 asking for 40, 89 % asking for 20, in
     * 0.4 ms a search either way (VectorGraphBenchmark, docs/performance.md).
     */
    static final int GRAPH_CANDIDATES = 2;

    private List<Long> nearest(Class<? extends TextEmbedding> type, float[] vector, int k) {
        return Search.session(em)
                .search(type)
                .select(f -> f.id(Long.class))
                .where(f -> f.knn(k * GRAPH_CANDIDATES)
                        .field(TextEmbedding.VECTOR_FIELD)
                        .matching(vector))
                .fetchHits(k);
    }

    /** A claim's vector, if stored. */
    public Optional<float[]> ofClaim(long id) {
        return Optional.ofNullable(ofClaims(List.of(id)).get(id));
    }
}
