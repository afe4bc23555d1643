package org.factdesk.web.view.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import org.factdesk.service.claim.ClaimDetail;
import org.factdesk.service.claim.ClaimService;
import org.factdesk.service.common.Failures;
import org.factdesk.service.common.NotFoundException;
import org.factdesk.web.view.Feedback;

/**
 * Reads a claim id from the URL as the claim with what the current user may do with it, loaded by
 * {@link ClaimService#getDetail}, which applies the read rule. An id that is malformed, unknown or names a claim
 * the user may not see does not convert; the page then answers 404 for all three alike, so nobody learns which
 * ids exist. A CDI bean (the scope makes it one under bean-discovery-mode="annotated"), so it can use the service.
 */
@ApplicationScoped
@FacesConverter(forClass = ClaimDetail.class, managed = true)
public class ClaimDetailConverter implements Converter<ClaimDetail> {

    @Inject
    ClaimService claims;

    @Inject
    Feedback feedback;

    @Override
    public ClaimDetail getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return claims.getDetail(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            throw notFound(value);
        } catch (RuntimeException e) {
            if (Failures.cause(e) instanceof NotFoundException) {
                throw notFound(value);
            }
            throw e;
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, ClaimDetail detail) {
        return detail == null ? "" : String.valueOf(detail.claim().getId());
    }

    private ConverterException notFound(String value) {
        return new ConverterException(new FacesMessage(
                FacesMessage.SEVERITY_ERROR, feedback.text("error.notFound", "Claim", value.strip()), null));
    }
}
