package org.factdesk.web.view.admin;

import java.io.Serializable;
import java.math.BigDecimal;
import org.factdesk.model.verdict.Rating;

/** One step of the rating scale as the page loaded it, with the fields the administrator edits. */
public final class RatingRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final boolean active;
    private final long version;
    private String label;
    private String description;
    private BigDecimal score;
    private Integer position;

    RatingRow(Rating rating) {
        this.code = rating.getCode();
        this.active = rating.isActive();
        this.version = rating.getVersion();
        this.label = rating.getLabel();
        this.description = rating.getDescription();
        this.score = rating.getScore();
        this.position = rating.getPosition();
    }

    long version() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public boolean isActive() {
        return active;
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
