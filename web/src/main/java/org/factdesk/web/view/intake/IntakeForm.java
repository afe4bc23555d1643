package org.factdesk.web.view.intake;

import java.io.Serializable;
import org.factdesk.model.intake.FeedItem;
import org.factdesk.model.source.Source;
import org.factdesk.service.claim.NewClaim;
import org.factdesk.service.intake.AnalyzedSentence;
import org.factdesk.service.intake.Candidate;
import org.factdesk.service.intake.IntakeAnalyzer;

/**
 * The report the intake page analyses: pasted, or copied from a recent feed item, whose source an accepted
 * claim then points at. Editing the text lets go of the feed item: the claim gets a source of its own.
 */
public final class IntakeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String text;
    private String publisher;
    private String headline;
    private String url;
    private Long feedItemId;
    private Long sourceId;
    private String desk;

    /** Copies the feed item's article into the form. */
    void pick(FeedItem item) {
        Source source = item.getSource();
        text = source.getBody();
        publisher = source.getPublisher();
        headline = source.getHeadline();
        url = source.getUrl();
        sourceId = source.getId();
    }

    /** The ajax listener on the text: the typed text is no longer the feed item's. */
    public void textChanged() {
        sourceId = null;
        feedItemId = null;
    }

    boolean isTextValid() {
        return text != null && !text.isBlank() && text.length() <= IntakeAnalyzer.MAX_TEXT;
    }

    /**
     * The sentence as a candidate claim: on the picked feed item's source, or on a new source made of the pasted
     * text, under {@code defaultPublisher} when no publisher was given.
     */
    Candidate candidate(AnalyzedSentence s, String defaultPublisher) {
        NewClaim.NewSource source = sourceId != null
                ? null
                : new NewClaim.NewSource(
                        publisher == null || publisher.isBlank() ? defaultPublisher : publisher.strip(),
                        headline,
                        url,
                        null,
                        null,
                        text);
        return new Candidate(
                desk,
                s.text(),
                s.assertion().orElse(null),
                s.start(),
                s.end(),
                s.checkWorthiness(),
                s.attribution().orElse(null),
                s.hedges(),
                sourceId,
                source);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
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

    public Long getFeedItemId() {
        return feedItemId;
    }

    public void setFeedItemId(Long feedItemId) {
        this.feedItemId = feedItemId;
    }

    public String getDesk() {
        return desk;
    }

    public void setDesk(String desk) {
        this.desk = desk;
    }
}
