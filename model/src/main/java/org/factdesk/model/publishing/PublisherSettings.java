package org.factdesk.model.publishing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.factdesk.model.common.BaseEntity;
import org.factdesk.model.common.WebAddress;

/**
 * The organisation that publishes the fact-checks, as an administrator set it: its name, home page and logo,
 * which every ClaimReview names as its {@code author} and every public page shows. One row, made by the
 * migration; while its name is empty nobody has saved it yet and the server's own settings apply (environment
 * variables {@code FACTDESK_PUBLISHER_*}), so a deployment that configured those keeps its identity until an
 * administrator takes it over. Who saved it last, and when, is the row's {@code modifiedBy} and
 * {@code modifiedAt}; the version keeps two administrators from overwriting each other.
 */
@Entity
@Table(name = "publisher_settings")
@NamedQuery(name = PublisherSettings.FIND_ALL, query = "select p from PublisherSettings p order by p.id")
public class PublisherSettings extends BaseEntity {

    /** The row (the first, should there ever be more). */
    public static final String FIND_ALL = "PublisherSettings.findAll";

    public static final int NAME_MAX = 120;
    public static final int URL_MAX = 2000;

    @Size(max = NAME_MAX)
    @Column(length = NAME_MAX)
    private String name;

    @Size(max = URL_MAX)
    @WebAddress
    @Column(length = URL_MAX)
    private String url;

    @Size(max = URL_MAX)
    @WebAddress
    @Column(length = URL_MAX)
    private String logo;

    public PublisherSettings() {}

    /** Whether an administrator has saved the organisation; until then the server's settings apply. */
    public boolean isSaved() {
        return name != null;
    }

    /** Saves the organisation; url and logo may be {@code null}, the name may not. */
    public void set(String name, String url, String logo) {
        this.name = Objects.requireNonNull(name);
        this.url = url;
        this.logo = logo;
    }

    /** Forgets what was saved: the server's settings apply again. */
    public void clear() {
        name = null;
        url = null;
        logo = null;
    }

    public String getName() {
        return name;
    }

    public String getUrl() {
        return url;
    }

    public String getLogo() {
        return logo;
    }
}
