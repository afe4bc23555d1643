package org.factdesk.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.factdesk.model.common.BaseEntity;

/**
 * An in-app message to one user about one claim: a mention or an assignment. Who caused it is the row's
 * {@code createdBy}; {@code text} is what it was about (the comment or the statement, cut short) as it read
 * then. Only the recipient sees it and marks it read.
 */
@Entity
@Table(name = "notification")
@NamedQuery(
        name = Notification.LIST_BY_RECIPIENT,
        query = "select n from Notification n where n.recipient = :recipient order by n.id desc")
@NamedQuery(
        name = Notification.COUNT_UNREAD_BY_RECIPIENT,
        query = "select count(n) from Notification n where n.recipient = :recipient and n.read = false")
@NamedQuery(
        name = Notification.LIST_UNREAD_BY_RECIPIENT,
        query = "select n from Notification n where n.recipient = :recipient and n.read = false")
public class Notification extends BaseEntity {

    public static final String LIST_BY_RECIPIENT = "Notification.listByRecipient";
    public static final String COUNT_UNREAD_BY_RECIPIENT = "Notification.countUnreadByRecipient";
    public static final String LIST_UNREAD_BY_RECIPIENT = "Notification.listUnreadByRecipient";
    public static final int TEXT_MAX = 300;

    @NotBlank
    @Size(max = USERNAME_MAX)
    @Column(nullable = false, length = USERNAME_MAX, updatable = false)
    private String recipient;

    @Column(name = "claim_id", nullable = false, updatable = false)
    private long claimId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private NotificationKind kind;

    @Size(max = TEXT_MAX)
    @Column(length = TEXT_MAX, updatable = false)
    private String text;

    @Column(name = "is_read", nullable = false)
    private boolean read;

    protected Notification() {}

    /** {@code text} longer than {@link #TEXT_MAX} is cut with an ellipsis. */
    public Notification(String recipient, long claimId, NotificationKind kind, String text) {
        this.recipient = Objects.requireNonNull(recipient);
        this.claimId = claimId;
        this.kind = Objects.requireNonNull(kind);
        this.text = text == null || text.length() <= TEXT_MAX ? text : text.substring(0, TEXT_MAX - 1) + "…";
    }

    public void markRead() {
        read = true;
    }

    public String getRecipient() {
        return recipient;
    }

    public long getClaimId() {
        return claimId;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public boolean isRead() {
        return read;
    }
}
