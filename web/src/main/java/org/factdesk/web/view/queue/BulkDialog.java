package org.factdesk.web.view.queue;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.factdesk.model.account.Role;
import org.factdesk.model.account.UserAccount;
import org.factdesk.model.claim.Claim;
import org.factdesk.model.claim.Priority;
import org.factdesk.service.account.AccountService;
import org.factdesk.service.queue.BulkActions;
import org.factdesk.service.queue.BulkResult;
import org.factdesk.web.i18n.Newsroom;
import org.factdesk.web.view.Feedback;

/**
 * Bulk actions on the queue's selected rows. The toolbar opens the dialog for one action; applying it hands the
 * selection to {@link BulkActions}, which checks each claim as a single action would, and the page then says
 * how many were done and, claim by claim, why the others were refused.
 */
@Named
@ViewScoped
public class BulkDialog implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The toolbar's actions; each names its bundle key queue.action.bulk.x. */
    public enum Kind {
        ASSIGN,
        PRIORITY,
        DUE,
        DESK,
        TAG,
        TRIAGE,
        DISMISS
    }

    /** A refused claim as the result list shows it. */
    public record Refusal(long claimId, String statement, String reason) implements Serializable {}

    @Inject
    BulkActions bulk;

    @Inject
    AccountService accounts;

    @Inject
    Newsroom newsroom;

    @Inject
    Feedback feedback;

    private List<Claim> selection = new ArrayList<>();
    private Kind kind;
    private BulkForm form = new BulkForm();
    private List<UserAccount> checkers = List.of();
    private String summary;
    private List<Refusal> refusals = List.of();

    /** Prepares the dialog; without a selection it says so and the dialog stays shut. */
    public void open(Kind action) {
        if (selection == null || selection.isEmpty()) {
            FacesContext.getCurrentInstance().validationFailed();
            feedback.info("queue.message.selectFirst");
            return;
        }
        kind = action;
        form = new BulkForm();
        if (action == Kind.ASSIGN) {
            checkers = accounts.listActiveWithRole(Role.FACT_CHECKER);
        }
    }

    public void apply() {
        Map<Long, String> statements =
                selection.stream().collect(Collectors.toMap(Claim::getId, Claim::getStatement, (a, b) -> a));
        List<BulkResult> results;
        try {
            results = bulk.apply(new ArrayList<>(statements.keySet()), form.action(kind, newsroom.getZone()));
        } catch (RuntimeException e) {
            feedback.show(e, Map.of());
            return;
        }
        refusals = results.stream()
                .filter(r -> !r.done())
                .map(r -> new Refusal(r.claimId(), statements.get(r.claimId()), reason(r)))
                .toList();
        long done = results.size() - refusals.size();
        summary = feedback.text("queue.message.bulkResult", done, refusals.size());
        selection = new ArrayList<>();
    }

    /** The refusal in the user's words; enum arguments read as their bundle labels ("Unverified", not NEW). */
    private String reason(BulkResult result) {
        Function<Object, Object> label = a ->
                a instanceof Enum<?> e ? feedback.text(e.getDeclaringClass().getSimpleName() + "." + e.name()) : a;
        return feedback.text(
                result.messageKey(),
                Arrays.stream(result.arguments()).map(label).toArray());
    }

    public Kind[] getKinds() {
        return Kind.values();
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public List<Claim> getSelection() {
        return selection;
    }

    public void setSelection(List<Claim> selection) {
        this.selection = selection == null ? new ArrayList<>() : new ArrayList<>(selection);
    }

    public Kind getKind() {
        return kind;
    }

    public List<UserAccount> getCheckers() {
        return checkers;
    }

    public String getSummary() {
        return summary;
    }

    public List<Refusal> getRefusals() {
        return refusals;
    }

    public BulkForm getForm() {
        return form;
    }
}
