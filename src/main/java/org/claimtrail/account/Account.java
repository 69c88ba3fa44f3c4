package org.claimtrail.account;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.claimtrail.database.VersionedEntity;

/** Someone who may change content. Never audited: the history must not carry password hashes. */
@Entity
@Table(name = "account")
public class Account extends VersionedEntity {

    private String username;
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    private boolean enabled = true;
    private Instant createdAt = Instant.now();

    protected Account() {}

    Account(String username, String passwordHash, Role role) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
    }

    public String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void setRole(Role role) {
        this.role = role;
    }
}
