package org.factdesk.web.view.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdesk.model.account.Role;
import org.factdesk.model.account.UserAccount;
import org.factdesk.service.account.AccountService;

/**
 * The users page (/admin/users.xhtml): create a user with an initial password, then for a chosen user change
 * roles, deactivate or reactivate, reset the password. The service refuses an admin who would lock themself out.
 */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    @Inject
    AdminFeedback feedback;

    private List<UserAccount> users;
    private final NewUserForm newUser = new NewUserForm();
    private ChosenUser chosen;

    @PostConstruct
    void load() {
        load(null);
    }

    /** Reads the list, and the named user (if still there) as the chosen one. */
    private void load(String chosenUsername) {
        users = accounts.listAll();
        chosen = users.stream()
                .filter(u -> u.getUsername().equals(chosenUsername))
                .findFirst()
                .map(ChosenUser::new)
                .orElse(null);
    }

    public void create() {
        try {
            accounts.create(
                    newUser.getUsername(),
                    newUser.getDisplayName(),
                    newUser.getEmail(),
                    newUser.getPassword() == null
                            ? new char[0]
                            : newUser.getPassword().toCharArray(),
                    roles(newUser.getRoles()));
            String created = newUser.getUsername();
            feedback.info("admin_users.message.created", created);
            newUser.clear();
            load(created);
        } catch (RuntimeException e) {
            feedback.failed(
                    e,
                    Map.of(
                            "username",
                            "newUser:username",
                            "displayName",
                            "newUser:displayName",
                            "email",
                            "newUser:email",
                            "password",
                            "newUser:password",
                            "roles",
                            "newUser:roles"));
        }
    }

    public void choose(UserAccount user) {
        chosen = new ChosenUser(user);
    }

    public void saveRoles() {
        act(
                () -> accounts.changeRoles(chosen.getUsername(), roles(chosen.getRoles()), chosen.version()),
                "admin_users.message.rolesSaved");
    }

    public void toggleActive() {
        act(
                () -> accounts.setActive(chosen.getUsername(), !chosen.isActive(), chosen.version()),
                chosen.isActive() ? "admin_users.message.deactivated" : "admin_users.message.reactivated");
    }

    public void resetPassword() {
        act(
                () -> accounts.resetPassword(chosen.getUsername(), chosen.takeNewPassword()),
                "admin_users.message.passwordReset");
    }

    /** Runs a change to the chosen user; after it, or after a conflict, the list is read again. */
    private void act(Runnable action, String doneKey) {
        String username = chosen.getUsername();
        try {
            action.run();
            feedback.info(doneKey, username);
            load(username);
        } catch (RuntimeException e) {
            if (feedback.failed(e, Map.of("roles", "chosenUser:roles", "password", "chosenUser:newPassword"))) {
                load(username);
            }
        }
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        names.forEach(name -> roles.add(Role.valueOf(name)));
        return roles;
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public List<UserAccount> getUsers() {
        return users;
    }

    public NewUserForm getNewUser() {
        return newUser;
    }

    /** The chosen user, or null before one is chosen. */
    public ChosenUser getChosen() {
        return chosen;
    }
}
