package org.factdesk.model.verdict;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Objects;
import org.factdesk.model.common.BaseEntity;

/**
 * One step of the newsroom's rating scale ("Mostly false"), kept as data so each newsroom can use its own
 * scale. The score maps the rating onto 0 (false) … 1 (true) for statistics; ratings that say nothing about
 * truth (Unproven, Misleading) have no score.
 */
@Entity
@Table(name = "rating")
@NamedQuery(name = Rating.LIST_ACTIVE, query = "select r from Rating r where r.active = true order by r.position")
@NamedQuery(name = Rating.LIST_ALL, query = "select r from Rating r order by r.active desc, r.position, r.code")
@NamedQuery(name = Rating.FIND_BY_CODE, query = "select r from Rating r where r.code = :code")
public class Rating extends BaseEntity {

    public static final String LIST_ACTIVE = "Rating.listActive";
    public static final String FIND_BY_CODE = "Rating.findByCode";
    public static final String LIST_ALL = "Rating.listAll";
    public static final int CODE_MAX = 32;
    public static final int LABEL_MAX = 60;
    public static final int DESCRIPTION_MAX = 500;

    @NotBlank
    @Size(max = CODE_MAX)
    @Pattern(regexp = "[A-Z0-9_]+", message = "{Rating.code.pattern}")
    @Column(nullable = false, unique = true, length = CODE_MAX)
    private String code;

    @NotBlank
    @Size(max = LABEL_MAX)
    @Column(nullable = false, length = LABEL_MAX)
    private String label;

    @Size(max = DESCRIPTION_MAX)
    @Column(length = DESCRIPTION_MAX)
    private String description;

    @DecimalMin("0.0")
    @DecimalMax("1.0")
    @Column(precision = 3, scale = 2)
    private BigDecimal score;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active = true;

    protected Rating() {}

    public Rating(String code, String label, BigDecimal score, int position) {
        this.code = Objects.requireNonNull(code);
        this.label = Objects.requireNonNull(label);
        this.score = score;
        this.position = position;
    }

    public String getCode() {
        return code;
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

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
