package org.factdesk.model.desk;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.Optional;
import org.factdesk.model.claim.Claim;
import org.factdesk.model.common.BaseEntity;
import org.hibernate.Session;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.hibernate.annotations.NaturalId;
import org.hibernate.annotations.NaturalIdCache;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** A desk owns a review queue, e.g. "Middle East desk"; every claim belongs to one. */
@Entity
@Table(name = "desk")
@NamedQuery(name = Desk.LIST_ALL, query = "select d from Desk d order by d.name")
// every new claim names its desk by code: kept in the second-level cache, like users (UserAccount)
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@NaturalIdCache
public class Desk extends BaseEntity {

    public static final String LIST_ALL = "Desk.listAll";

    public static final int CODE_MAX = 32;
    public static final int NAME_MAX = 120;

    @NotBlank
    @Size(max = CODE_MAX)
    @Pattern(regexp = "[a-z0-9-]+", message = "{Desk.code.pattern}")
    @Column(nullable = false, unique = true, length = CODE_MAX)
    @KeywordField
    @NaturalId
    private String code;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    @KeywordField(normalizer = Claim.SORT_NORMALIZER, sortable = Sortable.YES, aggregable = Aggregable.YES)
    private String name;

    protected Desk() {}

    public Desk(String code, String name) {
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
    }

    /** The desk with this code: from the second-level cache when it holds it. */
    public static Optional<Desk> byCode(EntityManager em, String code) {
        return code == null
                ? Optional.empty()
                : em.unwrap(Session.class).bySimpleNaturalId(Desk.class).loadOptional(code);
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
