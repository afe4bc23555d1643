package org.factdesk.web.view.claim;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.factdesk.service.claim.ClaimService;
import org.factdesk.web.view.Feedback;

/** The claim page's comment box. Comments only add, so they never conflict. */
@Named
@ViewScoped
public class CommentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClaimBacking page;

    @Inject
    ConflictNotice notice;

    @Inject
    ClaimService claims;

    @Inject
    Feedback feedback;

    private String text;

    public void submit() {
        try {
            claims.comment(page.getClaimId(), text);
            text = null;
            page.reload();
            feedback.info("claim.message.commented");
        } catch (RuntimeException e) {
            notice.failed(e, Map.of("text", "commentForm:comment"));
        }
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
