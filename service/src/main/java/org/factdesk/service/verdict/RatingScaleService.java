package org.factdesk.service.verdict;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import org.factdesk.model.account.Role;
import org.factdesk.model.verdict.Rating;
import org.factdesk.service.account.AccountService;
import org.factdesk.service.common.InvalidInputException;
import org.factdesk.service.common.NotFoundException;
import org.factdesk.service.common.Versions;

/**
 * The newsroom's rating scale, changed by administrators without a release. A rating is retired, never
 * deleted: published verdicts keep pointing at it and must still read as they did.
 */
@Stateless
public class RatingScaleService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    /** Every rating, retired ones last: the administration list. */
    public List<Rating> listAll() {
        accounts.requireRole(Role.ADMIN);
        return em.createNamedQuery(Rating.LIST_ALL, Rating.class).getResultList();
    }

    /** Adds a rating to the scale at the given position; its code is fixed from then on. */
    public Rating add(String code, String label, String description, BigDecimal score, int position) {
        accounts.requireRole(Role.ADMIN);
        if (code == null || code.isBlank()) {
            throw new InvalidInputException("code", "error.ratingCodeRequired", "A rating needs a code");
        }
        String trimmed = code.strip();
        if (!em.createNamedQuery(Rating.FIND_BY_CODE, Rating.class)
                .setParameter("code", trimmed)
                .getResultList()
                .isEmpty()) {
            throw new InvalidInputException("code", "error.ratingCodeTaken", "Rating " + code + " exists", trimmed);
        }
        checkScore(score);
        Rating rating = new Rating(trimmed, label == null ? "" : label.strip(), score, position);
        rating.setDescription(blankToNull(description));
        em.persist(rating);
        return rating;
    }

    /** Changes how a rating reads and where it sits; verdicts that use it show the new label. */
    public Rating edit(
            String code, String label, String description, BigDecimal score, int position, Long expectedVersion) {
        accounts.requireRole(Role.ADMIN);
        checkScore(score);
        Rating rating = lockForChange(code, expectedVersion);
        rating.setLabel(label == null ? "" : label.strip());
        rating.setDescription(blankToNull(description));
        rating.setScore(score);
        rating.setPosition(position);
        em.flush();
        return rating;
    }

    /** Takes a rating off the scale offered for new verdicts, or puts a retired one back. */
    public Rating setActive(String code, boolean active, Long expectedVersion) {
        accounts.requireRole(Role.ADMIN);
        Rating rating = lockForChange(code, expectedVersion);
        rating.setActive(active);
        em.flush();
        return rating;
    }

    private Rating lockForChange(String code, Long expectedVersion) {
        Rating rating = em.createNamedQuery(Rating.FIND_BY_CODE, Rating.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Rating", code));
        return Versions.lock(em, rating, expectedVersion, "Rating " + code);
    }

    private static void checkScore(BigDecimal score) {
        if (score != null && (score.signum() < 0 || score.compareTo(BigDecimal.ONE) > 0)) {
            throw new InvalidInputException("score", "error.ratingScore", "A score lies between 0 and 1");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
