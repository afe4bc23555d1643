package org.factdesk.web.view.claim;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.factdesk.service.common.ConflictException;
import org.factdesk.web.view.Feedback;

/**
 * The claim page's "changed by someone else" notice, shown with a Reload button (WEB-INF/includes/conflict.xhtml)
 * — never a silent overwrite. The page's forms report their failed actions here; the push ({@link ClaimLive})
 * raises it while the page holds unsaved input; {@link ClaimBacking#reload} drops it.
 */
@Named
@ViewScoped
public class ConflictNotice implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Feedback feedback;

    @Inject
    ClaimTexts texts;

    private String text;

    /** How every form on the claim page reports a failed action; a conflict also offers Reload. */
    public void failed(RuntimeException failure, Map<String, String> fields) {
        if (feedback.show(failure, fields) instanceof ConflictException changed) {
            text = feedback.conflict(changed);
        }
    }

    /**
     * Someone else changed the claim while this page holds unsaved input: say so with a Reload button, but keep
     * both the input and the version it was based on, so a save still meets the conflict check.
     */
    void changedElsewhere(String username) {
        text = feedback.text("claim.message.changedElsewhere", texts.displayName(username));
    }

    void clear() {
        text = null;
    }

    /** The notice, or null when there is none. */
    public String getText() {
        return text;
    }
}
