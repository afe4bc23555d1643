package org.factdesk.web.view.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.factdesk.service.verdict.RatingScaleService;

/**
 * The rating scale page (/admin/ratings.xhtml): add a rating, edit how one reads and where it sits, retire
 * one from new verdicts or bring it back. Nothing is deleted: published verdicts point at their rating.
 */
@Named
@ViewScoped
public class RatingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RatingScaleService scale;

    @Inject
    AdminFeedback feedback;

    private List<RatingRow> rows;
    private NewRatingForm newRating = new NewRatingForm();

    @PostConstruct
    void load() {
        rows = scale.listAll().stream().map(RatingRow::new).toList();
    }

    public void add() {
        try {
            scale.add(
                    newRating.getCode(),
                    newRating.getLabel(),
                    newRating.getDescription(),
                    newRating.getScore(),
                    newRating.positionOrZero());
            feedback.info("admin_ratings.message.added", newRating.getLabel());
            newRating = new NewRatingForm();
            load();
        } catch (RuntimeException e) {
            feedback.failed(e, NewRatingForm.FIELDS);
        }
    }

    public void save(RatingRow row, int index) {
        try {
            scale.edit(
                    row.getCode(),
                    row.getLabel(),
                    row.getDescription(),
                    row.getScore(),
                    row.getPosition() == null ? 0 : row.getPosition(),
                    row.version());
            feedback.info("admin_ratings.message.saved", row.getLabel());
            load();
        } catch (RuntimeException e) {
            String prefix = "ratings:rows:" + index + ":";
            if (feedback.failed(
                    e,
                    Map.of(
                            "label",
                            prefix + "label",
                            "description",
                            prefix + "description",
                            "score",
                            prefix + "score"))) {
                load();
            }
        }
    }

    /** Retires an active rating or brings a retired one back. */
    public void toggleActive(RatingRow row) {
        try {
            scale.setActive(row.getCode(), !row.isActive(), row.version());
            feedback.info(
                    row.isActive() ? "admin_ratings.message.retired" : "admin_ratings.message.restored",
                    row.getLabel());
            load();
        } catch (RuntimeException e) {
            if (feedback.failed(e, Map.of())) {
                load();
            }
        }
    }

    public List<RatingRow> getRows() {
        return rows;
    }

    public NewRatingForm getNewRating() {
        return newRating;
    }
}
