package org.factdesk.model.common;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.hibernate.Hibernate;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * Identity, timestamps and optimistic version shared by every editable entity.
 *
 * <p>Equality is by id and proxy-aware; the hash code is constant per class so that an entity does not
 * move between hash buckets when it is persisted. {@code modifiedBy} names who last changed the row, which
 * is what a "changed by someone else" conflict message needs to say.
 */
@MappedSuperclass
@EntityListeners(CallerStampListener.class)
public abstract class BaseEntity implements Serializable {

    public static final int USERNAME_MAX = 64;

    /**
     * The id as a sortable search field, the last tie-break of every queue order. Search fields on this class
     * take effect only in indexed entities (and in embedded ones through their include paths).
     */
    public static final String SORT_ID_FIELD = "sortId";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @GenericField(name = SORT_ID_FIELD, sortable = Sortable.YES, aggregable = Aggregable.YES)
    private Long id;

    @Column(name = "created_at", nullable = false, updatable = false)
    @GenericField(sortable = Sortable.YES, aggregable = Aggregable.YES)
    private Instant createdAt;

    @Column(name = "modified_at", nullable = false)
    @GenericField(sortable = Sortable.YES, projectable = Projectable.YES, aggregable = Aggregable.YES)
    private Instant modifiedAt;

    /** Who created the row; indexed so that a reporter's queue can hold what they submitted. */
    @Column(name = "created_by", length = USERNAME_MAX, updatable = false)
    @KeywordField
    private String createdBy;

    @Column(name = "modified_by", length = USERNAME_MAX)
    private String modifiedBy;

    @Version
    @Column(nullable = false)
    private long version;

    @PrePersist
    void onPersist() {
        createdAt = modifiedAt = now();
    }

    @PreUpdate
    void onUpdate() {
        modifiedAt = now();
    }

    /**
     * Now, to the microsecond the timestamp columns keep ({@code timestamp(6)}): the entity in memory then holds
     * what a later read of its row gives, so a reply built from it says what the next read says.
     */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Marks the row changed although none of its own columns did — for an aggregate root whose parts changed,
     * so its version moves on and a concurrent editor of the whole gets a conflict.
     */
    public void markChanged() {
        modifiedAt = now();
    }

    void stampCaller(String username, boolean creating) {
        if (creating) {
            createdBy = username;
        }
        modifiedBy = username;
    }

    public Long getId() {
        return id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getModifiedAt() {
        return modifiedAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getModifiedBy() {
        return modifiedBy;
    }

    public long getVersion() {
        return version;
    }

    public boolean isNew() {
        return id == null;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || Hibernate.getClass(this) != Hibernate.getClass(other)) {
            return false;
        }
        Long otherId = ((BaseEntity) other).getId();
        return id != null && Objects.equals(id, otherId);
    }

    @Override
    public int hashCode() {
        return Hibernate.getClass(this).hashCode();
    }

    @Override
    public String toString() {
        return Hibernate.getClass(this).getSimpleName() + "[" + id + "]";
    }
}
