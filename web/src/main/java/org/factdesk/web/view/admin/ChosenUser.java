package org.factdesk.web.view.admin;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.factdesk.model.account.Role;
import org.factdesk.model.account.UserAccount;

/**
 * The user chosen on the users page, as the list last showed them: the version the changes are made from,
 * whether they are active, their roles by name as the checkboxes send them, and a new password to set.
 */
public final class ChosenUser implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String username;
    private final long version;
    private final boolean active;
    private List<String> roles;
    private String newPassword;

    ChosenUser(UserAccount user) {
        username = user.getUsername();
        version = user.getVersion();
        active = user.isActive();
        roles = user.getRoles().stream().map(Role::name).collect(Collectors.toCollection(ArrayList::new));
    }

    long version() {
        return version;
    }

    /** The new password as typed, which the form then forgets. */
    char[] takeNewPassword() {
        char[] password = newPassword == null ? new char[0] : newPassword.toCharArray();
        newPassword = null;
        return password;
    }

    public String getUsername() {
        return username;
    }

    public boolean isActive() {
        return active;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
