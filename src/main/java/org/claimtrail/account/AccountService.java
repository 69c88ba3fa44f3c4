package org.claimtrail.account;

import java.util.List;
import java.util.Optional;
import org.claimtrail.database.TransactionLocks;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Accounts, their roles and passwords. Names are stored in their canonical form ({@link Usernames}).
 * Whatever takes an account's rights away (disabling it, a new role, a new password) also ends its
 * sign-ins, once the change is committed, so no open session keeps rights the account has lost.
 */
@Service
@Transactional
public class AccountService {

    /** A change an admin asked for that would leave the site without a way in; nothing changed. */
    public static final class Refused extends RuntimeException {
        Refused(String reason) {
            super(reason);
        }
    }

    /** Another account already has this name (any case). */
    public static final class UsernameTaken extends RuntimeException {
        UsernameTaken() {
            super("That username is taken.");
        }
    }

    /** Held while creating an account or changing who may administer, so two admins cannot race. */
    private static final String ACCOUNTS_LOCK = "accounts";

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AccountSessions sessions;
    private final TransactionLocks locks;
    private final JdbcClient jdbc;

    AccountService(
            @Lazy AccountRepository accounts,
            PasswordEncoder passwordEncoder,
            AccountSessions sessions,
            TransactionLocks locks,
            JdbcClient jdbc) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.locks = locks;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Account> all() {
        return accounts.findAllByOrderByUsername();
    }

    /** The usernames of the enabled accounts that may edit (editors and admins), by name: who work is assigned to. */
    @Transactional(readOnly = true)
    public List<String> editorNames() {
        return accounts.findAllByOrderByUsername().stream()
                .filter(Account::isEnabled)
                .map(Account::getUsername)
                .toList();
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return Usernames.canonical(username).map(this::nameTaken).orElse(false);
    }

    /*
     * The two start-up questions are asked in SQL: answering them through the repository would
     * build it (Spring Data's query parsing, about half a second of CPU) while the first page is
     * being served. It is built when an account is first read or written instead.
     */
    private boolean nameTaken(String canonicalName) {
        return jdbc.sql("select exists (select 1 from account where username = ?)")
                .param(canonicalName)
                .query(Boolean.class)
                .single();
    }

    @Transactional(readOnly = true)
    boolean anyEnabledAdminExists() {
        return jdbc.sql("select exists (select 1 from account where role = 'ADMIN' and enabled)")
                .query(Boolean.class)
                .single();
    }

    /**
     * Creates the account under its canonical name. Two simultaneous creations of one name (two
     * tabs, two instances) get one account and one {@link UsernameTaken}, never a database error.
     */
    public Account create(String username, String password, Role role) {
        String name = Usernames.canonical(username).orElseThrow(() -> new IllegalArgumentException(Usernames.RULE));
        PasswordRules.check(password);
        locks.lock(ACCOUNTS_LOCK);
        if (accounts.findByUsername(name).isPresent()) {
            throw new UsernameTaken();
        }
        return accounts.saveAndFlush(new Account(name, passwordEncoder.encode(password), role));
    }

    public void enable(long id) {
        accounts.findById(id).ifPresent(account -> account.setEnabled(true));
    }

    /** Refused for one's own account and for the last enabled admin: someone must always be able to sign in. */
    public void disable(long id, String actingUsername) {
        locks.lock(ACCOUNTS_LOCK);
        Optional<Account> found = accounts.findById(id);
        if (found.isEmpty() || !found.get().isEnabled()) {
            return;
        }
        Account account = found.get();
        if (account.getUsername().equals(actingUsername)) {
            throw new Refused("You cannot disable your own account. Ask another admin.");
        }
        if (account.getRole() == Role.ADMIN && accounts.countEnabledAdmins() <= 1) {
            throw new Refused("This is the last enabled admin; make someone else an admin first.");
        }
        account.setEnabled(false);
        endSessionsAfterCommit(account.getUsername(), null);
    }

    /** A new role takes effect at the account's next sign-in: its sessions end now. */
    public void changeRole(long id, Role role) {
        locks.lock(ACCOUNTS_LOCK);
        Account account = accounts.findById(id).orElse(null);
        if (account == null || account.getRole() == role) {
            return;
        }
        if (account.getRole() == Role.ADMIN && account.isEnabled() && accounts.countEnabledAdmins() <= 1) {
            throw new Refused("This is the last enabled admin; make someone else an admin first.");
        }
        account.setRole(role);
        endSessionsAfterCommit(account.getUsername(), null);
    }

    /**
     * False when the current password is wrong; nothing changes then. Every other session of the
     * account ends: whoever else knew the old password is signed out.
     */
    public boolean changePassword(
            String username, String currentPassword, String newPassword, String currentSessionId) {
        PasswordRules.check(newPassword);
        Optional<Account> account = Usernames.canonical(username).flatMap(accounts::findByUsername);
        if (account.isEmpty()
                || !passwordEncoder.matches(currentPassword, account.get().getPasswordHash())) {
            return false;
        }
        account.get().changePasswordHash(passwordEncoder.encode(newPassword));
        endSessionsAfterCommit(account.get().getUsername(), currentSessionId);
        return true;
    }

    /**
     * After the commit, not before: a sign-in between the two would otherwise still see the old
     * state and open a session that outlives the change.
     */
    private void endSessionsAfterCommit(String username, String keepSessionId) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                sessions.endAllExcept(username, keepSessionId);
            }
        });
    }
}
