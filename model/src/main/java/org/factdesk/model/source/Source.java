package org.factdesk.model.source;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import org.factdesk.model.common.BaseEntity;
import org.factdesk.model.common.WebAddress;

/**
 * A published piece of journalism that claims appear in: who published it, under which headline, where and
 * when. The body is kept so that an appearance's excerpt can always be read in context.
 */
@Entity
@Table(name = "source")
@NamedQuery(name = Source.FIND_BY_URL, query = "select s from Source s where s.url = :url")
public class Source extends BaseEntity {

    public static final String FIND_BY_URL = "Source.findByUrl";

    public static final int PUBLISHER_MAX = 120;
    public static final int HEADLINE_MAX = 300;
    public static final int URL_MAX = 2000;
    public static final int DATELINE_MAX = 120;
    public static final int BODY_MAX = 100_000;

    @NotBlank
    @Size(max = PUBLISHER_MAX)
    @Column(nullable = false, length = PUBLISHER_MAX)
    private String publisher;

    @Size(max = HEADLINE_MAX)
    @Column(length = HEADLINE_MAX)
    private String headline;

    @Size(max = URL_MAX)
    @WebAddress
    @Column(length = URL_MAX)
    private String url;

    @Size(max = DATELINE_MAX)
    @Column(length = DATELINE_MAX)
    private String dateline;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Size(max = BODY_MAX)
    @Column(length = BODY_MAX)
    private String body;

    protected Source() {}

    public Source(String publisher) {
        this.publisher = Objects.requireNonNull(publisher);
    }

    public String getPublisher() {
        return publisher;
    }

    public void setPublisher(String publisher) {
        this.publisher = publisher;
    }

    public String getHeadline() {
        return headline;
    }

    public void setHeadline(String headline) {
        this.headline = headline;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getDateline() {
        return dateline;
    }

    public void setDateline(String dateline) {
        this.dateline = dateline;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(LocalDate publishedOn) {
        this.publishedOn = publishedOn;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
