package org.claimtrail.account;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

@Service
@Transactional
public class AccountService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    @Transactional(readOnly = true)
    public List<Account> all() {
        return accounts.findAllByOrderByUsername();
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return accounts.findByUsernameIgnoreCase(username).isPresent();
    }

    @Transactional(readOnly = true)
    boolean anyAdminExists() {
        return accounts.findAll().stream().anyMatch(a -> a.getRole() == Role.ADMIN);
    }

    public Account create(String username, String password, Role role) {
        PasswordRules.check(password);
        return accounts.save(new Account(username.strip(), passwordEncoder.encode(password), role));
    }

    public void setEnabled(long id, boolean enabled) {
        accounts.findById(id).ifPresent(account -> account.setEnabled(enabled));
    }

    /** False when the current password is wrong; nothing changes then. */
    public boolean changePassword(String username, String currentPassword, String newPassword) {
        PasswordRules.check(newPassword);
        Optional<Account> account = accounts.findByUsernameIgnoreCase(username);
        if (account.isEmpty() || !passwordEncoder.matches(currentPassword, account.get().getPasswordHash())) {
            return false;
        }
        account.get().changePasswordHash(passwordEncoder.encode(newPassword));
        return true;
    }
}
