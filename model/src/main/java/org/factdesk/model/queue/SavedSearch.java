package org.factdesk.model.queue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.factdesk.model.common.BaseEntity;

/**
 * A queue someone saved under a name. It keeps the queue page's query string (its view parameters) rather
 * than a filter object, so a saved search is exactly the URL its owner was looking at, and stays valid for as
 * long as the page's parameters do.
 */
@Entity
@Table(
        name = "saved_search",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uk_saved_search_owner_name",
                        columnNames = {"owner", "name"}))
@NamedQuery(
        name = SavedSearch.LIST_BY_OWNER,
        query = "select s from SavedSearch s where s.owner = :owner order by lower(s.name)")
@NamedQuery(
        name = SavedSearch.COUNT_BY_OWNER_AND_NAME,
        query = "select count(s) from SavedSearch s where s.owner = :owner and lower(s.name) = lower(:name)")
public class SavedSearch extends BaseEntity {

    public static final String LIST_BY_OWNER = "SavedSearch.listByOwner";
    public static final String COUNT_BY_OWNER_AND_NAME = "SavedSearch.countByOwnerAndName";
    public static final int NAME_MAX = 80;
    public static final int QUERY_MAX = 2000;

    @NotBlank
    @Size(max = USERNAME_MAX)
    @Column(nullable = false, length = USERNAME_MAX, updatable = false)
    private String owner;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Size(max = QUERY_MAX)
    @Column(name = "query_string", nullable = false, length = QUERY_MAX)
    private String query;

    protected SavedSearch() {}

    public SavedSearch(String owner, String name, String query) {
        this.owner = Objects.requireNonNull(owner);
        this.name = Objects.requireNonNull(name);
        this.query = query == null ? "" : query;
    }

    public String getOwner() {
        return owner;
    }

    public String getName() {
        return name;
    }

    public String getQuery() {
        return query;
    }
}
