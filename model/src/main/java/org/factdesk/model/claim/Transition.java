package org.factdesk.model.claim;

import static org.factdesk.model.claim.ClaimStatus.APPROVED;
import static org.factdesk.model.claim.ClaimStatus.AWAITING_APPROVAL;
import static org.factdesk.model.claim.ClaimStatus.CORRECTED;
import static org.factdesk.model.claim.ClaimStatus.DISMISSED;
import static org.factdesk.model.claim.ClaimStatus.IN_REVIEW;
import static org.factdesk.model.claim.ClaimStatus.NEW;
import static org.factdesk.model.claim.ClaimStatus.PUBLISHED;
import static org.factdesk.model.claim.ClaimStatus.TRIAGED;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.factdesk.model.account.Role;

/**
 * The verification workflow as a table: every move a claim can make, from which statuses, to which status,
 * which role may make it and whether a reason is required. A move that is not in this table does not exist.
 *
 * <pre>
 * NEW ──triage──▶ TRIAGED ──assign──▶ IN_REVIEW ──submit──▶ AWAITING_APPROVAL ──approve──▶ APPROVED ──publish──▶ PUBLISHED
 *  │                 │                    ▲                        │                                            │
 *  └────dismiss──────┴──▶ DISMISSED       └──────send back─────────┘                       CORRECTED ◀──correct─┘
 *                          └──reopen──▶ NEW                      APPROVED ◀──unpublish── PUBLISHED, CORRECTED
 * </pre>
 */
public enum Transition {
    TRIAGE(EnumSet.of(NEW), TRIAGED, Role.EDITOR, false),
    DISMISS(EnumSet.of(NEW, TRIAGED), DISMISSED, Role.EDITOR, true),
    REOPEN(EnumSet.of(DISMISSED), NEW, Role.EDITOR, true),
    ASSIGN(EnumSet.of(TRIAGED), IN_REVIEW, Role.EDITOR, false),
    SUBMIT(EnumSet.of(IN_REVIEW), AWAITING_APPROVAL, Role.FACT_CHECKER, false),
    SEND_BACK(EnumSet.of(AWAITING_APPROVAL, APPROVED), IN_REVIEW, Role.EDITOR, true),
    APPROVE(EnumSet.of(AWAITING_APPROVAL), APPROVED, Role.EDITOR, false),
    PUBLISH(EnumSet.of(APPROVED), PUBLISHED, Role.EDITOR, false),
    CORRECT(EnumSet.of(PUBLISHED, CORRECTED), CORRECTED, Role.EDITOR, true),
    /** Takes a public fact-check down (its page then says it was withdrawn); back to APPROVED to rework. */
    UNPUBLISH(EnumSet.of(PUBLISHED, CORRECTED), APPROVED, Role.EDITOR, true);

    private final Set<ClaimStatus> from;
    private final ClaimStatus to;
    private final Role role;
    private final boolean reasonRequired;

    Transition(Set<ClaimStatus> from, ClaimStatus to, Role role, boolean reasonRequired) {
        this.from = from;
        this.to = to;
        this.role = role;
        this.reasonRequired = reasonRequired;
    }

    public boolean isAllowedFrom(ClaimStatus status) {
        return from.contains(status);
    }

    /** The moves the workflow offers from a status, before any role check. */
    public static List<Transition> from(ClaimStatus status) {
        return Arrays.stream(values()).filter(t -> t.isAllowedFrom(status)).toList();
    }

    public Set<ClaimStatus> getFrom() {
        return EnumSet.copyOf(from);
    }

    public ClaimStatus getTo() {
        return to;
    }

    public Role getRole() {
        return role;
    }

    public boolean isReasonRequired() {
        return reasonRequired;
    }

    /** ASSIGN needs an assignee; the others do not. */
    public boolean needsAssignee() {
        return this == ASSIGN;
    }
}
