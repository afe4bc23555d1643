package org.factdesk.web.view.claim;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.factdesk.model.account.UserAccount;
import org.factdesk.service.account.AccountService;
import org.factdesk.service.account.Mentions;
import org.factdesk.service.claim.ClaimHistoryService;
import org.factdesk.web.i18n.Newsroom;
import org.factdesk.web.view.Feedback;

/**
 * How the claim page words what it shows: people by their names rather than their logins, comments cut into
 * text and mentions, and a history entry's old and new values readable. The active users are read once per view.
 */
@Named
@ViewScoped
public class ClaimTexts implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHORT_STATEMENT = 60;

    @Inject
    AccountService accounts;

    @Inject
    Feedback feedback;

    @Inject
    Newsroom newsroom;

    private Map<String, String> people;

    private Map<String, String> people() {
        if (people == null) {
            people = accounts.listActive().stream()
                    .collect(Collectors.toMap(UserAccount::getUsername, UserAccount::getDisplayName, (a, b) -> a));
        }
        return people;
    }

    /** A person's display name for a user name in the history; unknown names are shown as they are. */
    public String name(String username) {
        return username == null ? "" : people().getOrDefault(username, username);
    }

    /** A user's display name, also for someone no longer active (a conflict names who changed the claim). */
    String displayName(String username) {
        return username == null
                ? ""
                : people().containsKey(username)
                        ? people().get(username)
                        : accounts.findByUsername(username)
                                .map(UserAccount::getDisplayName)
                                .orElse(username);
    }

    /** A comment cut into plain text and mentions; only mentions of active users are marked as such. */
    public List<Mentions.Part> parts(String text) {
        return Mentions.split(text).stream()
                .map(p -> p.mention() != null && !people().containsKey(p.mention())
                        ? new Mentions.Part(p.text(), null)
                        : p)
                .toList();
    }

    /** A field change's old or new value, readable: instants in the newsroom zone, enums by their label. */
    public String value(String field, String raw) {
        if (raw == null) {
            return feedback.text("common.none");
        }
        return switch (field) {
            case "dueAt" -> {
                try {
                    yield newsroom.format(Instant.parse(raw));
                } catch (DateTimeParseException e) {
                    yield raw;
                }
            }
            case "priority" -> feedback.text("Priority." + raw);
            case "attributionCheck" -> feedback.text("AttributionCheck." + raw);
            case ClaimHistoryService.EVIDENCE_SHOWN ->
                feedback.text(
                        Boolean.parseBoolean(raw) ? "claim.section.evidencePublic" : "claim.section.evidenceInternal");
            default -> raw;
        };
    }

    /** The statement cut to fit a breadcrumb, at a word boundary where there is one. */
    static String shortened(String statement) {
        if (statement.length() <= SHORT_STATEMENT) {
            return statement;
        }
        int cut = statement.lastIndexOf(' ', SHORT_STATEMENT);
        return statement
                        .substring(0, cut > SHORT_STATEMENT / 2 ? cut : SHORT_STATEMENT)
                        .stripTrailing() + "…";
    }
}
