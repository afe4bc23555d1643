package org.factdesk.web.view.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.Map;
import org.factdesk.service.common.ConflictException;
import org.factdesk.web.view.Feedback;

/**
 * How the administration pages report a failed action: like every page, through {@link Feedback}; a
 * "changed by someone else" conflict is shown as an error too, and the page then reloads its list so the
 * administrator sees the other change before trying again.
 */
@ApplicationScoped
public class AdminFeedback {

    @Inject
    Feedback feedback;

    /** Shows the failure; returns true if it was a conflict, so the caller reloads. */
    public boolean failed(RuntimeException failure, Map<String, String> fields) {
        if (feedback.show(failure, fields) instanceof ConflictException conflict) {
            FacesContext.getCurrentInstance()
                    .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, feedback.conflict(conflict), null));
            return true;
        }
        return false;
    }

    public void info(String key, Object... arguments) {
        feedback.info(key, arguments);
    }
}
