package org.claimtrail.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Creates the first admin from CLAIMTRAIL_ADMIN_USERNAME / CLAIMTRAIL_ADMIN_PASSWORD when that
 * account does not exist yet. An existing account is never touched, so leaving the variables
 * set cannot reset a password someone changed. No default password ships anywhere.
 *
 * <p>It runs once every bean exists and before the web server takes its first request: run after
 * start-up, it left pages answering (health included) for a second or more before the admin
 * existed, and a script signing in then counted failures towards its own lock-out.
 */
@Component
class AdminBootstrap implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AccountService accounts;
    private final String username;
    private final String password;

    AdminBootstrap(
            AccountService accounts,
            @Value("${claimtrail.admin.username:}") String username,
            @Value("${claimtrail.admin.password:}") String password) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
    }

    @Override
    public void afterSingletonsInstantiated() {
        createFirstAdmin();
    }

    void createFirstAdmin() {
        if (!StringUtils.hasText(username) || !StringUtils.hasText(password)) {
            if (!accounts.anyEnabledAdminExists()) {
                log.info("No enabled admin account. Set CLAIMTRAIL_ADMIN_USERNAME and CLAIMTRAIL_ADMIN_PASSWORD "
                        + "to create one at start-up.");
            }
            return;
        }
        if (Usernames.canonical(username).isEmpty()) {
            log.error("Admin bootstrap: CLAIMTRAIL_ADMIN_USERNAME is not a possible username. {}", Usernames.RULE);
            return;
        }
        if (accounts.exists(username)) {
            log.info("Admin bootstrap: account '{}' already exists; left unchanged.", username);
            return;
        }
        try {
            accounts.create(username, password, Role.ADMIN);
            log.info("Admin bootstrap: created admin account '{}' from CLAIMTRAIL_ADMIN_USERNAME.", username);
        } catch (AccountService.UsernameTaken createdMeanwhile) {
            log.info("Admin bootstrap: account '{}' was created by another instance; left unchanged.", username);
        } catch (IllegalArgumentException weakPassword) {
            log.error("Admin bootstrap: CLAIMTRAIL_ADMIN_PASSWORD refused: {}", weakPassword.getMessage());
        }
    }
}
