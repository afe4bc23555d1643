package org.factdesk.model.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
import org.factdesk.model.common.BaseEntity;

/** One move of a claim through the workflow: who, when, from, to and why. Never changed once written. */
@Entity
@Table(name = "status_change")
@NamedQuery(
        name = StatusChange.LIST_BY_CLAIM,
        query = "select s from StatusChange s where s.claim.id = :claimId order by s.id desc")
@NamedQuery(name = StatusChange.LAST_ID, query = "select coalesce(max(s.id), 0) from StatusChange s")
@NamedQuery(
        name = StatusChange.LIST_RECENT,
        query = "select s from StatusChange s join fetch s.claim where s.id > :after order by s.id desc")
@NamedQuery(
        name = StatusChange.LIST_RECENT_OWN_OR_PUBLIC,
        query = "select s from StatusChange s join fetch s.claim c where s.id > :after "
                + "and (c.createdBy = :username or c.status in :public) order by s.id desc")
@NamedQuery(
        name = StatusChange.LIST_BY_TRANSITION_OF_CLAIM,
        query = "select s from StatusChange s where s.claim.id = :claimId and s.transition = :transition "
                + "order by s.id")
@NamedQuery(
        name = StatusChange.LIST_BY_TRANSITION_PUBLIC,
        query = "select s from StatusChange s join fetch s.claim c where s.transition = :transition "
                + "and c.status in :public order by s.id desc")
@NamedQuery(
        name = StatusChange.COUNT_BY_TRANSITION_PUBLIC,
        query = "select count(s) from StatusChange s join s.claim c where s.transition = :transition "
                + "and c.status in :public")
public class StatusChange extends BaseEntity {

    /** One claim's moves of one kind (its corrections), oldest first. */
    public static final String LIST_BY_TRANSITION_OF_CLAIM = "StatusChange.listByTransitionOfClaim";
    /** Moves of one kind on claims now public (the corrections log), newest first. */
    public static final String LIST_BY_TRANSITION_PUBLIC = "StatusChange.listByTransitionPublic";

    public static final String COUNT_BY_TRANSITION_PUBLIC = "StatusChange.countByTransitionPublic";

    public static final String LAST_ID = "StatusChange.lastId";
    /** The changes with an id above {@code :after}, newest first (ids grow with time). */
    public static final String LIST_RECENT = "StatusChange.listRecent";

    public static final String LIST_RECENT_OWN_OR_PUBLIC = "StatusChange.listRecentOwnOrPublic";
    public static final String LIST_BY_CLAIM = "StatusChange.listByClaim";
    public static final int REASON_MAX = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id", nullable = false, updatable = false)
    private Claim claim;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Transition transition;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false, length = 20, updatable = false)
    private ClaimStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20, updatable = false)
    private ClaimStatus toStatus;

    @Column(nullable = false, length = USERNAME_MAX, updatable = false)
    private String actor;

    @Column(length = REASON_MAX, updatable = false)
    private String reason;

    protected StatusChange() {}

    StatusChange(Claim claim, Transition transition, ClaimStatus from, ClaimStatus to, String actor, String reason) {
        this.claim = Objects.requireNonNull(claim);
        this.transition = Objects.requireNonNull(transition);
        this.fromStatus = Objects.requireNonNull(from);
        this.toStatus = Objects.requireNonNull(to);
        this.actor = Objects.requireNonNull(actor);
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    public Claim getClaim() {
        return claim;
    }

    public Transition getTransition() {
        return transition;
    }

    public ClaimStatus getFromStatus() {
        return fromStatus;
    }

    public ClaimStatus getToStatus() {
        return toStatus;
    }

    public String getActor() {
        return actor;
    }

    public String getReason() {
        return reason;
    }
}
