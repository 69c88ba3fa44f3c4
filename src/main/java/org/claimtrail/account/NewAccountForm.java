package org.claimtrail.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

public class NewAccountForm {

    @NotBlank(message = "Enter a username.")
    @Pattern(regexp = "\\s*[A-Za-z0-9._-]{3,60}\\s*", message = Usernames.RULE)
    private String username;

    @NotBlank(message = "Enter an initial password.")
    private String password;

    @NotNull(message = "Choose a role.")
    private Role role = Role.EDITOR;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }
}
