package org.factdesk.web.view.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
    private String chosen;
    private long chosenVersion;
    private boolean chosenActive;
    private List<String> chosenRoles = new ArrayList<>();
    private String newPassword;

    @PostConstruct
    void load() {
        users = accounts.listAll();
        users.stream()
                .filter(u -> u.getUsername().equals(chosen))
                .findFirst()
                .ifPresentOrElse(this::show, () -> chosen = null);
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
            feedback.info("admin_users.message.created", newUser.getUsername());
            chosen = newUser.getUsername();
            newUser.clear();
            load();
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
        chosen = user.getUsername();
        show(user);
        newPassword = null;
    }

    public void saveRoles() {
        act(() -> accounts.changeRoles(chosen, roles(chosenRoles), chosenVersion), "admin_users.message.rolesSaved");
    }

    public void toggleActive() {
        act(
                () -> accounts.setActive(chosen, !chosenActive, chosenVersion),
                chosenActive ? "admin_users.message.deactivated" : "admin_users.message.reactivated");
    }

    public void resetPassword() {
        act(
                () -> accounts.resetPassword(chosen, newPassword == null ? new char[0] : newPassword.toCharArray()),
                "admin_users.message.passwordReset");
        newPassword = null;
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            feedback.info(doneKey, chosen);
            load();
        } catch (RuntimeException e) {
            if (feedback.failed(e, Map.of("roles", "chosenUser:roles", "password", "chosenUser:newPassword"))) {
                load();
            }
        }
    }

    private void show(UserAccount user) {
        chosenVersion = user.getVersion();
        chosenActive = user.isActive();
        chosenRoles = user.getRoles().stream().map(Role::name).collect(Collectors.toCollection(ArrayList::new));
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

    public String getChosen() {
        return chosen;
    }

    public boolean isChosenActive() {
        return chosenActive;
    }

    public List<String> getChosenRoles() {
        return chosenRoles;
    }

    public void setChosenRoles(List<String> chosenRoles) {
        this.chosenRoles = chosenRoles;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
