package org.factdesk.web.view.admin;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** What the administrator types to create a user; roles by name, as the checkboxes send them. */
public final class NewUserForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String username;
    private String displayName;
    private String email;
    private String password;
    private List<String> roles = new ArrayList<>();

    void clear() {
        username = null;
        displayName = null;
        email = null;
        password = null;
        roles = new ArrayList<>();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }
}
