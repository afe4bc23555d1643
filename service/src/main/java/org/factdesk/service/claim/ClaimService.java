package org.factdesk.service.claim;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.factdesk.model.account.Role;
import org.factdesk.model.account.UserAccount;
import org.factdesk.model.claim.Appearance;
import org.factdesk.model.claim.Attribution;
import org.factdesk.model.claim.AttributionCheck;
import org.factdesk.model.claim.Claim;
import org.factdesk.model.claim.Claimant;
import org.factdesk.model.claim.ClaimantKind;
import org.factdesk.model.claim.Comment;
import org.factdesk.model.claim.HedgeKind;
import org.factdesk.model.claim.Transition;
import org.factdesk.model.desk.Desk;
import org.factdesk.model.source.Source;
import org.factdesk.service.account.AccountService;
import org.factdesk.service.account.NotificationService;
import org.factdesk.service.common.ConflictException;
import org.factdesk.service.common.InvalidInputException;
import org.factdesk.service.common.InvalidTransitionException;
import org.factdesk.service.common.NotFoundException;
import org.factdesk.service.common.Versions;
import org.factdesk.service.desk.DeskService;
import org.factdesk.service.intake.Embeddings;
import org.factdesk.service.intake.SentenceEmbeddings;
import org.factdesk.service.intake.SimilarClaims;
import org.factdesk.service.source.SourceService;
import org.hibernate.Hibernate;

/**
 * The claim aggregate's workflow: opening claims, moving them through the {@link Transition} table under
 * the {@link WorkflowPolicy}, and comments.
 *
 * <p>Every change locks the claim row and compares the version the caller saw: of two people acting on one
 * claim at once exactly one wins, and the other gets a {@link ConflictException} naming the winner.
 */
@Stateless
public class ClaimService {

    /** Who may open a claim, through the API's reply or any other way. */
    private static final Role[] OPENERS = {Role.REPORTER, Role.FACT_CHECKER, Role.EDITOR};

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    DeskService desks;

    @Inject
    SourceService sources;

    @Inject
    ClaimHistoryService history;

    @Inject
    SimilarClaims similar;

    @Inject
    SentenceEmbeddings encoder;

    @Inject
    Embeddings embeddings;

    @Inject
    NotificationService notifications;

    @Inject
    Event<ClaimChanged> changed;

    public Optional<Claim> find(long id) {
        return Optional.ofNullable(em.find(Claim.class, id));
    }

    /**
     * Reporters who hold no other role read the claims they submitted and published ones (the role matrix in
     * docs/security.md); everyone else reads every claim.
     */
    public static boolean mayRead(UserAccount caller, Claim claim) {
        return !reporterOnly(caller)
                || caller.getUsername().equals(claim.getCreatedBy())
                || claim.getStatus().isPublic();
    }

    /** Whether drafts (an unpublished verdict, evidence, comments) are hidden from the caller on a claim. */
    public static boolean draftsHidden(UserAccount caller, Claim claim) {
        return reporterOnly(caller) && !claim.getStatus().isPublic();
    }

    public static boolean reporterOnly(UserAccount caller) {
        return caller.getRoles().equals(java.util.EnumSet.of(Role.REPORTER));
    }

    /** A claim with everything its page shows, and the moves the caller may make. */
    public ClaimDetail getDetail(long id) {
        UserAccount caller = accounts.currentUser();
        Claim claim = em.createNamedQuery(Claim.FIND_DETAIL, Claim.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Claim", id));
        if (!mayRead(caller, claim)) {
            // not "forbidden": a reporter need not learn which claim ids exist
            throw new NotFoundException("Claim", id);
        }
        claim.getAppearances().forEach(a -> {
            a.getSource().getPublisher();
            a.getHedges().size();
        });
        claim.getTags().size();
        List<Comment> comments = em.createNamedQuery(Comment.LIST_BY_CLAIM, Comment.class)
                .setParameter("claimId", id)
                .getResultList();
        return new ClaimDetail(
                claim,
                comments,
                history.timeline(id, comments, claim.getEvidence()),
                ClaimPermissions.of(caller, claim));
    }

    /**
     * Opens a claim as NEW (unverified). Reporters, fact-checkers and editors may. A claim that repeats an
     * existing one at the {@link SimilarClaims#MATCH match} level is linked to it as a duplicate.
     */
    public Claim create(@NotNull @Valid NewClaim input) {
        return insert(input, accounts.requireRole(OPENERS));
    }

    /**
     * Opens a claim as {@link #create} does and returns it as its page shows it, from the same transaction: the
     * reply to a create through the API. It is not read again, because there is nothing a second read would add. A
     * claim just opened has no comment, evidence or status change yet. Its one audit revision is its creation, which
     * the timeline leaves to createdAt and createdBy. Its timestamps are kept to the column's microseconds
     * ({@link org.factdesk.model.common.BaseEntity}). The read cost a second transaction of eight queries, a tenth of
     * a create's time at 1,000,000 claims (docs/performance.md).
     */
    public ClaimDetail open(@NotNull @Valid NewClaim input) {
        UserAccount caller = accounts.requireRole(OPENERS);
        Claim claim = insert(input, caller);
        // the reply is written after the transaction: what it shows of other rows is loaded now (no query for what
        // this transaction read already; the original a duplicate points at may still be a proxy)
        Hibernate.initialize(claim.getDuplicateOf());
        claim.getAppearances().forEach(a -> Hibernate.initialize(a.getSource()));
        return new ClaimDetail(claim, List.of(), List.of(), ClaimPermissions.of(caller, claim));
    }

    private Claim insert(NewClaim input, UserAccount caller) {
        Desk desk = desks.findByCode(input.desk())
                .orElseThrow(() -> new InvalidInputException(
                        "desk", "error.unknownDesk", "No desk " + input.desk(), input.desk()));
        Claim claim = new Claim(input.statement().strip(), desk);
        claim.setQuote(input.quote());
        if (input.language() != null) {
            claim.setLanguage(input.language());
        }
        if (input.priority() != null) {
            claim.setPriority(input.priority());
        }
        claim.setDueAt(input.dueAt());
        if (input.tags() != null) {
            claim.setTags(input.tags());
        }
        claim.setCheckWorthiness(input.checkWorthiness());
        if (input.attribution() != null) {
            NewClaim.Speaker speaker = input.attribution();
            Claimant claimant = findOrCreateClaimant(speaker);
            claim.setAttribution(new Attribution(claimant, speaker.verb().strip(), AttributionCheck.UNCONFIRMED));
        }
        if (input.appearance() != null) {
            addAppearance(claim, input.appearance());
        }
        // the statement's meaning: for the duplicate check, then stored for the searches of later claims
        float[] vector = encoder.embed(claim.getStatement()).orElse(null);
        // decided before the insert, so a new claim is written once (one row, one audit revision, version 0)
        similar.original(claim, vector).ifPresent(claim::setDuplicateOf);
        em.persist(claim);
        em.flush();
        if (vector != null) {
            embeddings.storeForNewClaim(claim.getId(), vector);
        }
        changed.fire(new ClaimChanged(claim.getId(), caller.getUsername(), "created"));
        return claim;
    }

    /** Moves the claim, if the workflow, the caller's roles and the version they saw all allow it. */
    public Claim transition(long id, @NotNull @Valid TransitionRequest request) {
        UserAccount caller = accounts.currentUser();
        Claim claim = lockForChange(id, request.expectedVersion());
        UserAccount assignee = request.assignee() == null || request.assignee().isBlank()
                ? null
                : accounts.findByUsername(request.assignee())
                        .orElseThrow(() -> new InvalidInputException(
                                "assignee", "error.unknownUser", "No user " + request.assignee(), request.assignee()));
        WorkflowPolicy.refusal(caller, claim, request.transition(), request.reason(), assignee)
                .ifPresent(refusal -> {
                    throw refusal;
                });
        Instant now = Instant.now();
        switch (request.transition()) {
            case ASSIGN -> {
                claim.setAssignee(assignee);
                notifications.assigned(id, claim.getStatement(), assignee, caller.getUsername());
            }
            case APPROVE -> claim.getVerdict().approve(caller.getUsername(), now);
            case SEND_BACK -> claim.getVerdict().withdrawApproval();
            case PUBLISH -> {
                claim.getVerdict().publish(now);
                claim.fixPublicSlug();
            }
            case CORRECT -> claim.getVerdict().correct(request.reason().strip());
            default -> {
                // the status change is the whole move
            }
        }
        claim.apply(request.transition(), caller.getUsername(), request.reason());
        em.flush();
        changed.fire(
                new ClaimChanged(id, caller.getUsername(), request.transition().name()));
        return claim;
    }

    /**
     * Changes a claim's working fields. Editors re-assign, re-prioritise, set due dates and move desks;
     * fact-checkers may add tags. Re-assigning needs an active fact-checker and an open claim; a TRIAGED
     * claim is assigned with the ASSIGN transition instead, so its status moves too.
     */
    public Claim edit(long id, Long expectedVersion, @NotNull @Valid ClaimEdit edit) {
        UserAccount caller = edit.editorOnly()
                ? accounts.requireRole(Role.EDITOR)
                : accounts.requireRole(Role.EDITOR, Role.FACT_CHECKER);
        Claim claim = lockForChange(id, expectedVersion);
        if (edit.assignee() != null) {
            UserAccount assignee = accounts.findByUsername(edit.assignee())
                    .orElseThrow(() -> new InvalidInputException(
                            "assignee", "error.unknownUser", "No user " + edit.assignee(), edit.assignee()));
            if (claim.getStatus() == org.factdesk.model.claim.ClaimStatus.TRIAGED) {
                WorkflowPolicy.refusal(caller, claim, Transition.ASSIGN, null, assignee)
                        .ifPresent(r -> {
                            throw r;
                        });
                claim.setAssignee(assignee);
                claim.apply(Transition.ASSIGN, caller.getUsername(), null);
                notifications.assigned(id, claim.getStatement(), assignee, caller.getUsername());
            } else if (claim.getStatus() == org.factdesk.model.claim.ClaimStatus.IN_REVIEW
                    || claim.getStatus() == org.factdesk.model.claim.ClaimStatus.AWAITING_APPROVAL) {
                WorkflowPolicy.assigneeRefusal(assignee).ifPresent(r -> {
                    throw r;
                });
                if (!assignee.equals(claim.getAssignee())) {
                    notifications.assigned(id, claim.getStatement(), assignee, caller.getUsername());
                }
                claim.setAssignee(assignee);
            } else {
                throw new InvalidTransitionException(Transition.ASSIGN, claim.getStatus());
            }
        }
        if (edit.priority() != null) {
            claim.setPriority(edit.priority());
        }
        if (edit.dueAt() != null || edit.clearDue()) {
            claim.setDueAt(edit.dueAt());
        }
        if (edit.desk() != null) {
            claim.setDesk(desks.findByCode(edit.desk())
                    .orElseThrow(() -> new InvalidInputException(
                            "desk", "error.unknownDesk", "No desk " + edit.desk(), edit.desk())));
        }
        if (edit.addTag() != null && !edit.addTag().isBlank()) {
            if (claim.getTags().size() >= Claim.MAX_TAGS) {
                throw new InvalidInputException(
                        "tag", "error.tooManyTags", "A claim has at most " + Claim.MAX_TAGS + " tags", Claim.MAX_TAGS);
            }
            claim.addTag(edit.addTag());
            claim.markChanged();
        }
        em.flush();
        changed.fire(new ClaimChanged(id, caller.getUsername(), "edit"));
        return claim;
    }

    /** Records whether "X said it" is established, apart from the assertion's own verdict. */
    public Claim checkAttribution(long id, long expectedVersion, @NotNull AttributionCheck check) {
        UserAccount caller = accounts.requireRole(Role.FACT_CHECKER, Role.EDITOR);
        Claim claim = lockForChange(id, expectedVersion);
        if (!claim.isAttributed()) {
            throw new InvalidInputException("attribution", "error.notAttributed", "The claim has no attribution");
        }
        claim.setAttribution(claim.getAttribution().withCheck(check));
        em.flush();
        changed.fire(new ClaimChanged(id, caller.getUsername(), "attribution"));
        return claim;
    }

    /**
     * Adds a comment. Comments never conflict: they only add. Active users it mentions as {@code @username}
     * are notified in the same transaction.
     */
    public Comment comment(long id, @NotBlank @Size(max = Comment.TEXT_MAX) String text) {
        UserAccount caller = accounts.currentUser();
        Claim claim = find(id).filter(c -> mayRead(caller, c)).orElseThrow(() -> new NotFoundException("Claim", id));
        Comment comment = new Comment(claim, text.strip());
        em.persist(comment);
        em.flush();
        notifications.mentioned(id, comment.getText(), caller.getUsername());
        changed.fire(new ClaimChanged(id, caller.getUsername(), "comment"));
        return comment;
    }

    /**
     * Locks the claim row for this transaction and checks the caller saw the current version. A second
     * caller waits for the first to commit, then sees the new version and gets a conflict naming the first.
     */
    Claim lockForChange(long id, Long expectedVersion) {
        return Versions.lock(em, Claim.class, id, expectedVersion, "Claim");
    }

    private Claimant findOrCreateClaimant(NewClaim.Speaker speaker) {
        String affiliation =
                speaker.affiliation() == null || speaker.affiliation().isBlank()
                        ? null
                        : speaker.affiliation().strip();
        jakarta.persistence.TypedQuery<Claimant> query = affiliation == null
                ? em.createNamedQuery(Claimant.FIND_BY_NAME_WITHOUT_AFFILIATION, Claimant.class)
                : em.createNamedQuery(Claimant.FIND_BY_NAME_AND_AFFILIATION, Claimant.class)
                        .setParameter("affiliation", affiliation);
        return query.setParameter("name", speaker.name().strip())
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    Claimant claimant = new Claimant(
                            speaker.name().strip(),
                            speaker.kind() == null ? ClaimantKind.PERSON : speaker.kind(),
                            speaker.role(),
                            affiliation);
                    em.persist(claimant);
                    return claimant;
                });
    }

    private void addAppearance(Claim claim, NewClaim.Placement placement) {
        Source source;
        if (placement.sourceId() != null) {
            source = sources.find(placement.sourceId())
                    .orElseThrow(() -> new InvalidInputException(
                            "appearance.sourceId",
                            "error.unknownSource",
                            "No source " + placement.sourceId(),
                            placement.sourceId()));
        } else if (placement.source() != null) {
            source = sources.create(placement.source());
        } else {
            throw new InvalidInputException(
                    "appearance.source", "error.sourceRequired", "Name the source the claim appeared in");
        }
        checkOffsets(source, placement);
        Appearance appearance = claim.addAppearance(
                new Appearance(claim, source, placement.excerpt().strip()));
        appearance.setOffsets(placement.start(), placement.end());
        if (placement.hedges() != null) {
            placement
                    .hedges()
                    .forEach(h -> appearance.addHedge(
                            h.kind() == null ? HedgeKind.OTHER : h.kind(),
                            h.text().strip()));
        }
    }

    /**
     * Offsets say where in the source's text the excerpt stands (the passage selected on the new-source page,
     * the sentence intake found): given, they must be both there and pick out exactly the excerpt — from any
     * entry point, so a stale or forged selection never points at other words.
     */
    static void checkOffsets(Source source, NewClaim.Placement placement) {
        Integer start = placement.start();
        Integer end = placement.end();
        if (start == null && end == null) {
            return;
        }
        String body = source.getBody();
        if (start == null
                || end == null
                || body == null
                || start < 0
                || end <= start
                || end > body.length()
                || !body.substring(start, end)
                        .strip()
                        .equals(placement.excerpt().strip())) {
            throw new InvalidInputException(
                    "appearance.excerpt",
                    "error.selectionMismatch",
                    "The excerpt is not the source's text from " + start + " to " + end);
        }
    }
}
