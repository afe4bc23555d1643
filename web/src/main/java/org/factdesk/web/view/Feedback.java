package org.factdesk.web.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.factdesk.model.account.UserAccount;
import org.factdesk.service.account.AccountService;
import org.factdesk.service.common.ConflictException;
import org.factdesk.service.common.FactdeskException;
import org.factdesk.service.common.Failures;
import org.factdesk.service.common.InvalidInputException;
import org.factdesk.web.i18n.Newsroom;
import org.factdesk.web.i18n.Texts;

/**
 * What pages tell the user after an action: results in the growl, business errors in the user's words next to
 * the field they are about. Service exceptions may arrive wrapped by the EJB container; this unwraps them, so
 * no backing bean needs its own catch ladder.
 */
@ApplicationScoped
public class Feedback {

    @Inject
    Newsroom newsroom;

    @Inject
    AccountService accounts;

    /** A bundle text with its arguments filled in; instants read in the newsroom's zone. */
    public String text(String key, Object... arguments) {
        Object[] shown = Arrays.stream(arguments)
                .map(a -> a instanceof Instant instant ? newsroom.format(instant) : a)
                .toArray();
        return Texts.format(Locale.ENGLISH, key, shown);
    }

    /** An error about one field, shown next to it ({@code clientId}) in the user's words. */
    public void error(String clientId, String key, Object... arguments) {
        add(FacesContext.getCurrentInstance(), clientId, text(key, arguments));
    }

    public void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }

    /** "Changed by Ben Okafor at 28 Oct 2020, 14:05 EET …", naming the person rather than the login. */
    public String conflict(ConflictException conflict) {
        String who = Optional.ofNullable(conflict.getChangedBy())
                .flatMap(accounts::findByUsername)
                .map(UserAccount::getDisplayName)
                .orElse(conflict.getChangedBy());
        return text(conflict.getMessageKey(), who, conflict.getChangedAt());
    }

    /**
     * Shows a failed action. {@code fields} maps service field names to client ids; errors about other fields
     * go to the growl. Marks validation failed so dialogs stay open with what the user typed. Returns the
     * unwrapped cause; a {@link ConflictException} is not shown here but left to the caller, which shows it
     * with a Reload button.
     */
    public Throwable show(RuntimeException failure, Map<String, String> fields) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Throwable cause = Failures.cause(failure);
        faces.validationFailed();
        if (cause instanceof ConflictException) {
            // the caller shows it where the Reload button is; a growl would only cover that button
            return cause;
        } else if (cause instanceof FactdeskException business) {
            String field = business instanceof InvalidInputException invalid ? invalid.getField() : null;
            add(
                    faces,
                    field == null ? null : fields.get(field),
                    text(business.getMessageKey(), business.getArguments()));
        } else if (cause instanceof ConstraintViolationException invalid) {
            for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
                add(faces, fields.get(lastNode(violation.getPropertyPath())), violation.getMessage());
            }
        } else {
            throw failure;
        }
        return cause;
    }

    private static void add(FacesContext faces, String clientId, String text) {
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    private static String lastNode(Path path) {
        String name = null;
        for (Path.Node node : path) {
            name = node.getName();
        }
        return name;
    }
}
