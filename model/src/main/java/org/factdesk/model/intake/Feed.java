package org.factdesk.model.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;
import org.factdesk.model.common.BaseEntity;
import org.factdesk.model.common.WebAddress;

/**
 * An RSS or Atom feed the newsroom watches. Active feeds are polled on a schedule; any feed can be imported
 * on demand. The title is the feed's own and becomes the publisher of the sources taken from it.
 */
@Entity
@Table(name = "feed")
@NamedQuery(name = Feed.FIND_BY_URL, query = "select f from Feed f where f.url = :url")
@NamedQuery(name = Feed.LIST_ACTIVE, query = "select f from Feed f where f.active = true order by f.id")
@NamedQuery(name = Feed.LIST_ALL, query = "select f from Feed f order by f.title, f.id")
public class Feed extends BaseEntity {

    public static final String FIND_BY_URL = "Feed.findByUrl";
    public static final String LIST_ACTIVE = "Feed.listActive";
    public static final String LIST_ALL = "Feed.listAll";

    public static final int URL_MAX = 2000;
    public static final int TITLE_MAX = 120;

    @NotBlank
    @Size(max = URL_MAX)
    @WebAddress(allowFile = true)
    @Column(nullable = false, length = URL_MAX)
    private String url;

    @Size(max = TITLE_MAX)
    @Column(length = TITLE_MAX)
    private String title;

    @Column(name = "last_polled_at")
    private Instant lastPolledAt;

    @Column(nullable = false)
    private boolean active = true;

    protected Feed() {}

    public Feed(String url) {
        this.url = Objects.requireNonNull(url, "url");
    }

    /** Records a poll; the feed's title as it printed it, cut to fit. */
    public void polled(String feedTitle, Instant at) {
        if (feedTitle != null && !feedTitle.isBlank()) {
            String t = feedTitle.strip();
            title = t.length() > TITLE_MAX ? t.substring(0, TITLE_MAX) : t;
        }
        lastPolledAt = at;
    }

    public String getUrl() {
        return url;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Instant getLastPolledAt() {
        return lastPolledAt;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
