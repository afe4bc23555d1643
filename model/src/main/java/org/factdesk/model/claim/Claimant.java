package org.factdesk.model.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.factdesk.model.common.BaseEntity;

/**
 * Who makes claims: a person with a role and an affiliation ("Naji al-Mustafa, spokesman, National Front for
 * Liberation") or an organisation. Kept as its own entity so that one speaker's claims can be found together.
 */
@Entity
@Table(name = "claimant")
@NamedQuery(
        name = Claimant.FIND_BY_NAME_AND_AFFILIATION,
        query = "select c from Claimant c "
                + "where lower(c.name) = lower(:name) and lower(c.affiliation) = lower(:affiliation)")
// A separate query rather than ":affiliation is null or …": PostgreSQL cannot type a null parameter inside lower().
@NamedQuery(
        name = Claimant.FIND_BY_NAME_WITHOUT_AFFILIATION,
        query = "select c from Claimant c " + "where lower(c.name) = lower(:name) and c.affiliation is null")
public class Claimant extends BaseEntity {

    public static final String FIND_BY_NAME_AND_AFFILIATION = "Claimant.findByNameAndAffiliation";
    public static final String FIND_BY_NAME_WITHOUT_AFFILIATION = "Claimant.findByNameWithoutAffiliation";

    public static final int NAME_MAX = 200;
    public static final int ROLE_MAX = 200;
    public static final int AFFILIATION_MAX = 200;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ClaimantKind kind;

    @Size(max = ROLE_MAX)
    @Column(length = ROLE_MAX)
    private String role;

    @Size(max = AFFILIATION_MAX)
    @Column(length = AFFILIATION_MAX)
    private String affiliation;

    protected Claimant() {}

    public Claimant(String name, ClaimantKind kind, String role, String affiliation) {
        this.name = Objects.requireNonNull(name);
        this.kind = Objects.requireNonNull(kind);
        this.role = role;
        this.affiliation = affiliation;
    }

    /** "Naji al-Mustafa, spokesman, National Front for Liberation". */
    public String describe() {
        StringBuilder text = new StringBuilder(name);
        if (role != null && !role.isBlank()) {
            text.append(", ").append(role);
        }
        if (affiliation != null && !affiliation.isBlank()) {
            text.append(", ").append(affiliation);
        }
        return text.toString();
    }

    public String getName() {
        return name;
    }

    public ClaimantKind getKind() {
        return kind;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getAffiliation() {
        return affiliation;
    }

    public void setAffiliation(String affiliation) {
        this.affiliation = affiliation;
    }
}
