package org.factdesk.web.view.admin;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;

/** What the administrator types to add a step to the rating scale. */
public final class NewRatingForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The service's names for these fields, and the inputs that show their errors. */
    static final Map<String, String> FIELDS = Map.of(
            "code",
            "newRating:code",
            "label",
            "newRating:label",
            "description",
            "newRating:description",
            "score",
            "newRating:score");

    private String code;
    private String label;
    private String description;
    private BigDecimal score;
    private Integer position;

    /** The position on the scale; an empty field counts as 0. */
    int positionOrZero() {
        return position == null ? 0 : position;
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
