package org.factdesk.service.intake;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** One turn of {@link EmbeddingFiller}, each kind in its own transaction. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class EmbeddingFill {

    @PersistenceContext
    EntityManager em;

    @Inject
    SentenceEmbeddings encoder;

    @Inject
    Embeddings embeddings;

    /**
     * Ids looked at per turn: the turn reads one stretch of the primary key, never the whole table (a million
     * claims already embedded must not be scanned every 20 seconds to find the few that are not).
     */
    static final long WINDOW = 4_096;

    /**
     * Embeds up to {@code batch} claims with an id below {@code below} (at most {@link #WINDOW} below it) and no
     * vector, highest id first; returns the next turn's bound, 0 when the lowest id has been passed.
     */
    public long claims(long below, int batch) {
        return turn("Claim", "statement", "ClaimEmbedding", "claimId", below, batch, rows -> {
            List<float[]> vectors = encoder.embedInBackground(
                    rows.stream().map(r -> (String) r[1]).toList());
            for (int i = 0; i < vectors.size(); i++) {
                embeddings.storeForClaim((Long) rows.get(i)[0], vectors.get(i));
            }
        });
    }

    /** The same for imported fact-checks. */
    public long factChecks(long below, int batch) {
        return turn("ExternalFactCheck", "claimReviewed", "FactCheckEmbedding", "factCheckId", below, batch, rows -> {
            Map<Long, String> texts = new LinkedHashMap<>();
            rows.forEach(r -> texts.put((Long) r[0], (String) r[1]));
            embeddings.embedFactChecksInBackground(texts);
        });
    }

    private long turn(
            String entity,
            String text,
            String embedding,
            String key,
            long below,
            int batch,
            Consumer<List<Object[]>> embed) {
        long top = below;
        if (top == Long.MAX_VALUE) {
            Long max = em.createQuery("select max(e.id) from " + entity + " e", Long.class)
                    .getSingleResult();
            if (max == null) {
                return 0;
            }
            top = max + 1;
        }
        long floor = Math.max(0, top - WINDOW);
        List<Object[]> rows = em.createQuery(
                        "select e.id, e." + text + " from " + entity + " e where e.id >= :floor and e.id < :top"
                                + " and not exists (select 1 from " + embedding + " v where v." + key + " = e.id)"
                                + " order by e.id desc",
                        Object[].class)
                .setParameter("floor", floor)
                .setParameter("top", top)
                .setMaxResults(batch)
                .getResultList();
        if (!rows.isEmpty()) {
            embed.accept(rows);
        }
        return rows.size() == batch ? (Long) rows.get(rows.size() - 1)[0] : floor;
    }
}
