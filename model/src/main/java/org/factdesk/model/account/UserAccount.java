package org.factdesk.model.account;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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

/**
 * A newsroom user. The password is stored only as a salted PBKDF2 hash; the user and their roles are read at login
 * and again by the service layer for every workflow decision.
 *
 * <p>Every request looks its caller up: once to log in, once in the service it calls, and once more to name them
 * to the pages it tells of a change. So a user and their roles are kept in the second-level cache, found by user
 * name ({@link #byUsername}) without a query. Every change to a user goes through this entity (a bulk update of it
 * empties the region), and the cache is changed with the commit: here by the local cache, on a cluster by WildFly's
 * invalidation cache, which drops the entry on every server before the commit returns. So a deactivated user, a
 * role taken away or a password reset is seen by the next request on any server, as without the cache.
 */
@Entity
@Table(name = "app_user")
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
@NaturalIdCache
@NamedQuery(
        name = UserAccount.LIST_ACTIVE,
        query = "select u from UserAccount u where u.active = true order by u.displayName")
@NamedQuery(name = UserAccount.COUNT_ALL, query = "select count(u) from UserAccount u")
@NamedQuery(name = UserAccount.LIST_ALL, query = "select u from UserAccount u order by u.username")
public class UserAccount extends BaseEntity {

    public static final String LIST_ACTIVE = "UserAccount.listActive";
    public static final String COUNT_ALL = "UserAccount.countAll";
    public static final String LIST_ALL = "UserAccount.listAll";

    public static final int DISPLAY_NAME_MAX = 120;
    public static final int EMAIL_MAX = 254;
    public static final int HASH_MAX = 255;

    @NotBlank
    @Size(max = USERNAME_MAX)
    @Pattern(regexp = "[a-z0-9._-]+", message = "{UserAccount.username.pattern}")
    @Column(nullable = false, unique = true, length = USERNAME_MAX)
    @KeywordField
    @NaturalId
    private String username;

    @NotBlank
    @Size(max = DISPLAY_NAME_MAX)
    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
    @KeywordField(normalizer = Claim.SORT_NORMALIZER, sortable = Sortable.YES, aggregable = Aggregable.YES)
    private String displayName;

    @Email
    @Size(max = EMAIL_MAX)
    @Column(length = EMAIL_MAX)
    private String email;

    @Column(name = "password_hash", nullable = false, length = HASH_MAX)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active = true;

    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected UserAccount() {}

    public UserAccount(String username, String displayName, String passwordHash, Set<Role> roles) {
        this.username = Objects.requireNonNull(username);
        this.displayName = Objects.requireNonNull(displayName);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** The user with this name, with their roles: from the second-level cache when it holds them. */
    public static Optional<UserAccount> byUsername(EntityManager em, String username) {
        return username == null
                ? Optional.empty()
                : em.unwrap(Session.class).bySimpleNaturalId(UserAccount.class).loadOptional(username);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Set<Role> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = Objects.requireNonNull(passwordHash);
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public void setRoles(Set<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }
}
