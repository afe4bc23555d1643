package org.factdesk.web.view.source;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import org.factdesk.service.claim.NewClaim;

/** Step 1 of the new-source page: the source as the user types it. */
public final class SourceForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The service's names for these fields, and the inputs that show their errors. */
    static final Map<String, String> FIELDS = Map.of(
            "publisher",
            "source:publisher",
            "headline",
            "source:headline",
            "url",
            "source:url",
            "dateline",
            "source:dateline",
            "body",
            "source:body");

    private String publisher;
    private String headline;
    private String url;
    private LocalDate publishedOn;
    private String dateline;
    private String body;

    /** The source to register; the text with line breaks as the browser's DOM shows them, so offsets match. */
    NewClaim.NewSource toNewSource() {
        String text = body == null ? null : body.replace("\r\n", "\n").replace('\r', '\n');
        return new NewClaim.NewSource(
                publisher, blankToNull(headline), blankToNull(url), blankToNull(dateline), publishedOn, text);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
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

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(LocalDate publishedOn) {
        this.publishedOn = publishedOn;
    }

    public String getDateline() {
        return dateline;
    }

    public void setDateline(String dateline) {
        this.dateline = dateline;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
