package org.factdesk.model.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.factdesk.model.common.BaseEntity;

/** A caveat printed with one appearance of a claim, verbatim. */
@Entity
@Table(name = "hedge")
public class Hedge extends BaseEntity {

    public static final int TEXT_MAX = 1000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "appearance_id", nullable = false)
    private Appearance appearance;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private HedgeKind kind;

    @NotBlank
    @Size(max = TEXT_MAX)
    @Column(nullable = false, length = TEXT_MAX)
    private String text;

    protected Hedge() {}

    Hedge(Appearance appearance, HedgeKind kind, String text) {
        this.appearance = Objects.requireNonNull(appearance);
        this.kind = Objects.requireNonNull(kind);
        this.text = Objects.requireNonNull(text);
    }

    public Appearance getAppearance() {
        return appearance;
    }

    public HedgeKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }
}
