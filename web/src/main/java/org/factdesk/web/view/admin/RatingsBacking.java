package org.factdesk.web.view.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
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
    private String code;
    private String label;
    private String description;
    private BigDecimal score;
    private Integer position;

    @PostConstruct
    void load() {
        rows = scale.listAll().stream().map(RatingRow::new).toList();
    }

    public void add() {
        try {
            scale.add(code, label, description, score, position == null ? 0 : position);
            feedback.info("admin_ratings.message.added", label);
            code = null;
            label = null;
            description = null;
            score = null;
            position = null;
            load();
        } catch (RuntimeException e) {
            feedback.failed(
                    e,
                    Map.of(
                            "code",
                            "newRating:code",
                            "label",
                            "newRating:label",
                            "description",
                            "newRating:description",
                            "score",
                            "newRating:score"));
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

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public BigDecimal getScore() {
        return score;
    }

    public void setScore(BigDecimal score) {
        this.score = score;
    }

    public Integer getPosition() {
        return position;
    }

    public void setPosition(Integer position) {
        this.position = position;
    }
}
