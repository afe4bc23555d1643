package org.factdesk.web.view.publishing;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.factdesk.service.security.Authenticator;
import org.factdesk.web.Release;

/**
 * Revalidation for the public pages (a fact-check, the list, the corrections log): an ETag of what the page
 * shows — and of the release, so a new release's pages are never taken for an old one's, while every node of a
 * cluster answers the same page with the same ETag — Last-Modified
 * where the page has one date that every change moves, and 304 Not Modified when the reader's copy is current.
 */
final class PublicCaching {

    /** How long a reader's cache may keep a public page before asking again (a correction shows within it). */
    static final int MAX_AGE_SECONDS = 300;

    private PublicCaching() {}

    /**
     * Sets the validators for a page showing {@code shown} (any text that changes whenever what the page shows
     * does), last changed at {@code modified} ({@code null}: no single date; the ETag alone decides), and ends
     * the response with 304 when the reader's copy is current. Returns whether it did.
     */
    static boolean answeredUnchanged(String shown, Instant modified) {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request =
                (HttpServletRequest) faces.getExternalContext().getRequest();
        HttpServletResponse response =
                (HttpServletResponse) faces.getExternalContext().getResponse();
        String etag = "\"" + Authenticator.sha256(Release.id() + "|" + shown).substring(0, 32) + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "public, max-age=" + MAX_AGE_SECONDS);
        long lastModified =
                modified == null ? -1 : modified.truncatedTo(ChronoUnit.SECONDS).toEpochMilli();
        if (lastModified >= 0) {
            response.setDateHeader("Last-Modified", lastModified);
        }
        String ifNoneMatch = request.getHeader("If-None-Match");
        boolean current = ifNoneMatch != null
                ? ifNoneMatch.contains(etag)
                : lastModified >= 0 && request.getDateHeader("If-Modified-Since") >= lastModified;
        if (current) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            faces.responseComplete();
        }
        return current;
    }
}
