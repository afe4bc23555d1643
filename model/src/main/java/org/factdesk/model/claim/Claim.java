package org.factdesk.model.claim;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.factdesk.model.account.UserAccount;
import org.factdesk.model.common.BaseEntity;
import org.factdesk.model.common.Slugs;
import org.factdesk.model.common.SortKeys;
import org.factdesk.model.desk.Desk;
import org.factdesk.model.evidence.Evidence;
import org.factdesk.model.verdict.Verdict;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * A checkable claim taken out of the news: the aggregate the whole workflow revolves around.
 *
 * <p>The claim keeps two questions apart. Its {@link #getAttribution() attribution} records that X said it and
 * whether that itself is established; its {@link #getStatement() statement} is the underlying assertion Y,
 * which stays open — and its {@link #getStatus() status} unverified — until evidence and an approved verdict
 * say otherwise. A claim without attribution is one the newsroom found unattributed (a viral post, a chart).
 *
 * <p>Status moves only through {@link #apply(Transition, String, String)}, which enforces the {@link
 * Transition} table and returns the history entry to record. Field changes are audited by Envers.
 *
 * <p>Statement and quote are full-text indexed (Hibernate Search, analyzer {@link #SEARCH_ANALYZER}) so that
 * the same claim reported again — by another outlet, or reworded — is found; a claim found close enough when it
 * was opened points at the earlier one through {@link #getDuplicateOf() duplicateOf}.
 *
 * <p>The same index answers the review queues: every filter (status, desk, assignee, attribution, overdue,
 * text) and every sort key is a field of it, so a queue of a million claims costs one index query and one
 * database read of the 25 rows shown. Desk and assignee are embedded shallowly: moving a claim to another
 * desk or person re-indexes it; renaming a desk or a person is rare and done by an index rebuild.
 */
@Entity
@Table(
        name = "claim",
        indexes = {
            @Index(name = "ix_claim_desk_status", columnList = "desk_id,status"),
            @Index(name = "ix_claim_assignee", columnList = "assignee_id"),
            @Index(name = "ix_claim_due", columnList = "due_at"),
            @Index(name = "ix_claim_status_modified", columnList = "status,modified_at desc")
        })
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Indexed(index = Claim.SEARCH_INDEX)
@NamedEntityGraph(
        name = Claim.QUEUE_ROW_GRAPH,
        attributeNodes = {@NamedAttributeNode("desk"), @NamedAttributeNode("assignee")})
@NamedQuery(
        name = Claim.FIND_DETAIL,
        query = "select c from Claim c left join fetch c.desk left join fetch c.assignee "
                + "left join fetch c.attribution.claimant left join fetch c.verdict v left join fetch v.rating "
                + "left join fetch c.duplicateOf where c.id = :id")
@NamedQuery(name = Claim.COUNT_ALL, query = "select count(c) from Claim c")
@NamedQuery(name = Claim.COUNT_BY_STATUS, query = "select c.status, count(c) from Claim c group by c.status")
/*
 * The next two read the claims of one status newest change first, from ix_claim_status_modified (status, modified_at
 * desc). Their order names the status although they fix it: H2 reads an index in its order, and stops after the rows
 * asked for, only when the order by spells the index's columns; otherwise it reads and sorts every claim of the
 * status (the 12,000 awaiting approval at 1,000,000 claims took seconds on a cold cache).
 */
@NamedQuery(
        name = Claim.LATEST_MODIFICATION_IN_STATUS,
        query = "select c.modifiedAt from Claim c where c.status = :status order by c.status, c.modifiedAt desc")
@NamedQuery(
        name = Claim.LIST_AWAITING_APPROVAL_NOT_DRAFTED_BY,
        query = "select c from Claim c join fetch c.desk "
                + "join c.verdict v where c.status = :status "
                + "and (v.draftedBy is null or v.draftedBy <> :username) order by c.status, c.modifiedAt desc")
public class Claim extends BaseEntity {

    public static final String FIND_DETAIL = "Claim.findDetail";
    public static final String COUNT_ALL = "Claim.countAll";
    public static final String LATEST_MODIFICATION_IN_STATUS = "Claim.latestModificationInStatus";
    public static final String COUNT_BY_STATUS = "Claim.countByStatus";
    public static final String LIST_AWAITING_APPROVAL_NOT_DRAFTED_BY = "Claim.listAwaitingApprovalNotDraftedBy";

    /** The full-text index of claims, and the analyzer its text fields use (defined per backend). */
    public static final String SEARCH_INDEX = "claim";

    public static final String SEARCH_ANALYZER = "english";
    /** Lower-cased, accent-folded keywords: how text columns sort in a queue. */
    public static final String SORT_NORMALIZER = "sort";
    /** What a queue row needs besides the claim: loaded with the page, never one query per row. */
    public static final String QUEUE_ROW_GRAPH = "Claim.queueRow";
    /**
     * Version of the search mapping. Raise it whenever the indexed fields change: at start-up an index whose
     * documents carry another version is rebuilt in the background.
     */
    public static final int SEARCH_MAPPING_VERSION = 7;

    public static final int STATEMENT_MAX = 1000;
    public static final int QUOTE_MAX = 4000;
    public static final int LANGUAGE_MAX = 8;
    public static final int TAG_MAX = 40;
    public static final int MAX_TAGS = 20;

    @NotBlank
    @Size(max = STATEMENT_MAX)
    @Column(nullable = false, length = STATEMENT_MAX)
    @FullTextField(analyzer = SEARCH_ANALYZER)
    private String statement;

    @Size(max = QUOTE_MAX)
    @Column(length = QUOTE_MAX)
    @FullTextField(analyzer = SEARCH_ANALYZER)
    private String quote;

    @NotBlank
    @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,4})?", message = "{Claim.language.pattern}")
    @Column(nullable = false, length = LANGUAGE_MAX)
    private String language = "en";

    @NotAudited
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "claim_tag", joinColumns = @JoinColumn(name = "claim_id"))
    @Column(name = "tag", nullable = false, length = TAG_MAX)
    @OrderBy
    private Set<@NotBlank @Size(max = TAG_MAX) String> tags = new LinkedHashSet<>();

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Priority priority = Priority.NORMAL;

    @Column(name = "due_at")
    @GenericField(sortable = Sortable.YES, aggregable = Aggregable.YES)
    private Instant dueAt;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "desk_id", nullable = false)
    @IndexedEmbedded(includePaths = {"code", "name"})
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    private Desk desk;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_id")
    @IndexedEmbedded(includePaths = {"username", "displayName"})
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    private UserAccount assignee;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    @KeywordField(sortable = Sortable.YES, aggregable = Aggregable.YES)
    private ClaimStatus status = ClaimStatus.NEW;

    @OneToOne(fetch = FetchType.LAZY, cascade = CascadeType.ALL)
    @JoinColumn(name = "verdict_id")
    private Verdict verdict;

    @DecimalMin("0.0")
    @DecimalMax("1.0")
    @Column(name = "check_worthiness")
    @GenericField(sortable = Sortable.YES, aggregable = Aggregable.YES)
    private Double checkWorthiness;

    @Embedded
    private Attribution attribution;

    /**
     * The words of the public fact-check's address ("{id}-{slug}"), fixed when the verdict is first published, so
     * the address stays when the statement is edited later. Not audited: it is set once.
     */
    @NotAudited
    @Column(name = "public_slug", length = Slugs.MAX)
    private String publicSlug;

    /** The earlier claim this one repeats, linked when it was opened; null for an original claim. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "duplicate_of_id")
    private Claim duplicateOf;

    @NotAudited
    @OneToMany(mappedBy = "claim", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Appearance> appearances = new ArrayList<>();

    @NotAudited
    @OneToMany(mappedBy = "claim")
    @OrderBy("id")
    private List<Evidence> evidence = new ArrayList<>();

    @NotAudited
    @OneToMany(mappedBy = "claim", cascade = CascadeType.PERSIST)
    @OrderBy("id desc")
    private List<StatusChange> history = new ArrayList<>();

    protected Claim() {}

    public Claim(String statement, Desk desk) {
        this.statement = Objects.requireNonNull(statement, "statement");
        this.desk = Objects.requireNonNull(desk, "desk");
    }

    /**
     * Moves the claim along the workflow and returns the history entry to keep. Who may make the move is the
     * service's decision; whether the move exists from here is the claim's.
     *
     * @throws IllegalStateException if the transition does not start from the current status
     * @throws IllegalArgumentException if the transition needs a reason and none is given
     */
    public StatusChange apply(Transition transition, String actor, String reason) {
        if (!transition.isAllowedFrom(status)) {
            throw new IllegalStateException(transition + " is not possible from " + status);
        }
        if (transition.isReasonRequired() && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException(transition + " needs a reason");
        }
        StatusChange change = new StatusChange(this, transition, status, transition.getTo(), actor, reason);
        status = transition.getTo();
        history.add(change);
        return change;
    }

    /**
     * Whether the claim's verdict is public — published or corrected, with a verdict published. Until then the
     * assertion is unverified to everyone, whatever a draft says.
     */
    public boolean isVerdictPublic() {
        return status.isPublic() && verdict != null && verdict.getPublishedAt() != null;
    }

    @GenericField
    @IndexingDependency(
            derivedFrom =
                    @ObjectPath({@PropertyValue(propertyName = "attribution"), @PropertyValue(propertyName = "claimant")
                    }))
    public boolean isAttributed() {
        return attribution != null && attribution.getClaimant() != null;
    }

    public boolean isOverdue(Instant now) {
        return dueAt != null && status.isOpen() && dueAt.isBefore(now);
    }

    /** Still on someone's desk: not dismissed, not published. Overdue queues ask for open claims only. */
    @GenericField
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "status")))
    public boolean isOpen() {
        return status.isOpen();
    }

    /**
     * When the verdict was published, for the public list of fact-checks (newest first); none before. It changes
     * only with the claim's status (PUBLISH), which reindexes the claim anyway.
     */
    @GenericField(sortable = Sortable.YES, searchable = Searchable.NO)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public Instant getPublishedAt() {
        return verdict == null ? null : verdict.getPublishedAt();
    }

    /** The priority as a number, so that "most urgent first" is a plain numeric sort. */
    @GenericField(sortable = Sortable.YES, aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "priority")))
    public int getPriorityRank() {
        return priority.rank();
    }

    /** The search fields that order claims by statement, A to Z: the folded text, and its first bytes first. */
    public static final String STATEMENT_SORT_FIELD = "statementSort";

    public static final String STATEMENT_PREFIX_FIELD = "statementPrefix";
    /** The statement as queues sort it (folded by {@link SortKeys#fold}, the same for every search backend). */
    @KeywordField(name = STATEMENT_SORT_FIELD, sortable = Sortable.YES, aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "statement")))
    public String getStatementSort() {
        return SortKeys.fold(statement);
    }

    @GenericField(name = STATEMENT_PREFIX_FIELD, sortable = Sortable.YES, aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "statement")))
    public long getStatementPrefix() {
        return SortKeys.prefix(getStatementSort());
    }

    /**
     * "desk|STATUS": the dashboard's desk × status table is one count of this term per cell (the index knows how
     * many claims hold a term), or one aggregation of it where a filter applies.
     */
    @KeywordField(aggregable = Aggregable.YES)
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "status")),
                @ObjectPath({@PropertyValue(propertyName = "desk"), @PropertyValue(propertyName = "code")})
            })
    public String getDeskStatus() {
        return deskStatusKey(desk.getCode(), status);
    }

    public static String deskStatusKey(String deskCode, ClaimStatus status) {
        return deskCode + "|" + status.name();
    }

    /** Constant per release; see {@link #SEARCH_MAPPING_VERSION}. */
    @GenericField(searchable = Searchable.YES)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    public int getSearchMappingVersion() {
        return SEARCH_MAPPING_VERSION;
    }

    public Appearance addAppearance(Appearance appearance) {
        appearances.add(appearance);
        return appearance;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }

    public String getQuote() {
        return quote;
    }

    public void setQuote(String quote) {
        this.quote = quote;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Set<String> getTags() {
        return Collections.unmodifiableSet(tags);
    }

    public void setTags(Set<String> newTags) {
        tags.clear();
        newTags.stream()
                .map(String::trim)
                .filter(t -> !t.isEmpty())
                .map(String::toLowerCase)
                .forEach(tags::add);
    }

    public void addTag(String tag) {
        tags.add(tag.trim().toLowerCase());
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = Objects.requireNonNull(priority);
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public void setDueAt(Instant dueAt) {
        this.dueAt = dueAt;
    }

    public Desk getDesk() {
        return desk;
    }

    public void setDesk(Desk desk) {
        this.desk = Objects.requireNonNull(desk);
    }

    public UserAccount getAssignee() {
        return assignee;
    }

    public void setAssignee(UserAccount assignee) {
        this.assignee = assignee;
    }

    public ClaimStatus getStatus() {
        return status;
    }

    /** The public address's words: fixed at first publication, or (never published yet) from the statement. */
    public String getPublicSlug() {
        return publicSlug != null ? publicSlug : Slugs.of(statement);
    }

    /** Fixes the public address's words at first publication; a later publication keeps them. */
    public void fixPublicSlug() {
        if (publicSlug == null) {
            publicSlug = Slugs.of(statement);
        }
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public void setVerdict(Verdict verdict) {
        this.verdict = verdict;
    }

    public Double getCheckWorthiness() {
        return checkWorthiness;
    }

    public void setCheckWorthiness(Double checkWorthiness) {
        this.checkWorthiness = checkWorthiness;
    }

    public Attribution getAttribution() {
        return attribution;
    }

    public void setAttribution(Attribution attribution) {
        this.attribution = attribution;
    }

    public Claim getDuplicateOf() {
        return duplicateOf;
    }

    /** Marks this claim as a repeat of an earlier one; a claim is never its own duplicate. */
    public void setDuplicateOf(Claim original) {
        if (original != null && original == this) {
            throw new IllegalArgumentException("A claim cannot duplicate itself");
        }
        this.duplicateOf = original;
    }

    public List<Appearance> getAppearances() {
        return Collections.unmodifiableList(appearances);
    }

    public List<Evidence> getEvidence() {
        return Collections.unmodifiableList(evidence);
    }

    public List<StatusChange> getHistory() {
        return Collections.unmodifiableList(history);
    }
}
