package org.factdesk.model.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.factdesk.model.common.BaseEntity;
import org.factdesk.model.source.Source;

/**
 * One article taken from a feed. Its {@code itemKey} — the feed's guid, or the link when there is none — is
 * unique in the database, so the same article is never imported twice, even by two imports at once. The
 * analysis is summarised here (how many candidate claims, the best check-worthiness) so the intake page can
 * list the most promising items without analysing them again.
 */
@Entity
@Table(name = "feed_item")
@NamedQuery(name = FeedItem.EXISTS_BY_KEY, query = "select count(i) from FeedItem i where i.itemKey = :key")
@NamedQuery(
        name = FeedItem.LIST_RECENT,
        query = "select i from FeedItem i join fetch i.feed left join fetch i.source "
                + "order by i.createdAt desc, i.id desc")
public class FeedItem extends BaseEntity {

    public static final String EXISTS_BY_KEY = "FeedItem.existsByKey";
    public static final String LIST_RECENT = "FeedItem.listRecent";

    public static final int KEY_MAX = 2000;
    public static final int TITLE_MAX = 300;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "feed_id", nullable = false)
    private Feed feed;

    @NotBlank
    @Size(max = KEY_MAX)
    @Column(name = "item_key", nullable = false, length = KEY_MAX)
    private String itemKey;

    @Size(max = TITLE_MAX)
    @Column(length = TITLE_MAX)
    private String title;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_id")
    private Source source;

    @Column(name = "candidate_count", nullable = false)
    private int candidateCount;

    @Column(name = "top_check_worthiness")
    private Double topCheckWorthiness;

    protected FeedItem() {}

    public FeedItem(Feed feed, String itemKey, String title, Source source) {
        this.feed = Objects.requireNonNull(feed, "feed");
        this.itemKey = Objects.requireNonNull(itemKey, "itemKey");
        this.title = title;
        this.source = source;
    }

    public void analysed(int candidates, Double topScore) {
        this.candidateCount = candidates;
        this.topCheckWorthiness = topScore;
    }

    public Feed getFeed() {
        return feed;
    }

    public String getItemKey() {
        return itemKey;
    }

    public String getTitle() {
        return title;
    }

    public Source getSource() {
        return source;
    }

    public int getCandidateCount() {
        return candidateCount;
    }

    public Double getTopCheckWorthiness() {
        return topCheckWorthiness;
    }
}
