package org.factdesk.web.view.publishing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.factdesk.service.common.Failures;
import org.factdesk.service.common.GoneException;
import org.factdesk.service.common.NotFoundException;
import org.factdesk.service.publishing.ClaimReviewJson;
import org.factdesk.service.publishing.FactCheck;
import org.factdesk.service.publishing.FactChecks;
import org.factdesk.service.publishing.Publisher;
import org.factdesk.web.i18n.Newsroom;
import org.factdesk.web.rest.FactCheckResource;

/**
 * One published fact-check as readers see it, without login, with the ClaimReview search engines read in the
 * page. Anything not published is a 404, whatever its id.
 */
@Named
@RequestScoped
public class FactCheckPage {

    @Inject
    FactChecks factChecks;

    @Inject
    Newsroom newsroom;

    @Inject
    RequestPublisher requestPublisher;

    private String id;
    private FactCheck check;
    private Publisher publisher;
    private String claimReview;
    private String url;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            long claimId = Long.parseLong(id == null ? "" : id.strip());
            check = factChecks.find(claimId);
        } catch (NumberFormatException e) {
            notFound(faces);
            return;
        } catch (RuntimeException e) {
            if (Failures.cause(e) instanceof NotFoundException) {
                notFound(faces);
                return;
            }
            if (Failures.cause(e) instanceof GoneException) {
                // withdrawn: the error page for 410 says so, and links to the fact-checks still published
                faces.getExternalContext().responseSendError(410, null);
                faces.responseComplete();
                return;
            }
            throw e;
        }
        publisher = requestPublisher.get();
        HttpServletRequest request =
                (HttpServletRequest) faces.getExternalContext().getRequest();
        if (PublicCaching.answeredUnchanged(check + "|" + publisher, check.modified())) {
            return;
        }
        url = FactCheckResource.pageUrl(request, check);
        claimReview = ClaimReviewJson.forHtml(ClaimReviewJson.of(check, publisher, url, newsroom.getZone()));
    }

    private static void notFound(FacesContext faces) throws IOException {
        faces.getExternalContext().responseSendError(404, null);
        faces.responseComplete();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public FactCheck getCheck() {
        return check;
    }

    public Publisher getPublisher() {
        return publisher;
    }

    /** The fact-check's own address ("…/fact-checks/{id}-{slug}"), whichever address opened it. */
    public String getUrl() {
        return url;
    }

    /** The ClaimReview as JSON text that cannot end its script element. */
    public String getClaimReview() {
        return claimReview;
    }
}
