package org.factdesk.model.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the append-only security log: who (the account concerned), by whom (the actor, when an
 * administrator acted on someone else), from where (the client address) and what. Never updated.
 */
@Entity
@Table(name = "security_event")
@NamedQuery(
        name = SecurityEvent.LIST_RECENT,
        query = "select e from SecurityEvent e order by e.occurredAt desc, e.id desc")
@NamedQuery(
        name = SecurityEvent.LIST_BY_USERNAME,
        query = "select e from SecurityEvent e where e.username = :username order by e.occurredAt desc, e.id desc")
public class SecurityEvent implements Serializable {

    public static final String LIST_RECENT = "SecurityEvent.listRecent";
    public static final String LIST_BY_USERNAME = "SecurityEvent.listByUsername";
    public static final int NAME_MAX = 64;
    public static final int DETAIL_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private SecurityEventKind kind;

    @Column(length = NAME_MAX)
    private String username;

    @Column(length = NAME_MAX)
    private String actor;

    @Column(length = NAME_MAX)
    private String client;

    @Column(length = DETAIL_MAX)
    private String detail;

    protected SecurityEvent() {}

    public SecurityEvent(SecurityEventKind kind, String username, String actor, String client, String detail) {
        this.occurredAt = Instant.now();
        this.kind = Objects.requireNonNull(kind);
        this.username = cut(username, NAME_MAX);
        this.actor = cut(actor, NAME_MAX);
        this.client = cut(client, NAME_MAX);
        this.detail = cut(detail, DETAIL_MAX);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public SecurityEventKind getKind() {
        return kind;
    }

    public String getUsername() {
        return username;
    }

    public String getActor() {
        return actor;
    }

    public String getClient() {
        return client;
    }

    public String getDetail() {
        return detail;
    }
}
