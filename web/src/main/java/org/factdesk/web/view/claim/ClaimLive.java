package org.factdesk.web.view.claim;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.factdesk.model.claim.Claim;
import org.factdesk.service.claim.ClaimService;
import org.primefaces.PrimeFaces;

/**
 * What the claim page does when the push says its claim changed. A page without unsaved input simply shows
 * the claim as it is now. A page with unsaved input keeps it and shows "changed by … — reload to see it"; its
 * next save still sends the version it showed, so the service refuses it as a conflict rather than overwrite.
 */
@Named
@ViewScoped
public class ClaimLive implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClaimBacking page;

    @Inject
    ConflictNotice notice;

    @Inject
    ClaimService claims;

    /** Called by the page's remote command with {@code dirty}: whether its forms hold unsaved input. */
    public void changed() {
        boolean dirty = Boolean.parseBoolean(FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("dirty"));
        Claim now = claims.find(page.getClaimId()).orElse(null);
        if (now == null) {
            return;
        }
        PrimeFaces.Ajax ajax = PrimeFaces.current().ajax();
        if (!dirty) {
            page.reload();
            ajax.update("claimContent");
        } else if (now.getVersion() != page.getVersion()) {
            notice.changedElsewhere(now.getModifiedBy());
            ajax.update("conflictForm");
        } else {
            // a comment (comments do not move the version): the forms' basis is unchanged, so only the list moves
            page.refreshComments();
            ajax.update("commentList");
        }
    }
}
