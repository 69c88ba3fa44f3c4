package org.claimtrail.account;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends an account's sign-ins. Sessions live in PostgreSQL (Spring Session JDBC), indexed by the
 * account's name, so deleting them there ends them on every instance at once: the next request of
 * that browser, wherever it lands, is a visitor's.
 */
@Component
class AccountSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    void endAll(String username) {
        endAllExcept(username, null);
    }

    /** Every session of the account except {@code keep} (the one asking), if given. */
    void endAllExcept(String username, String keep) {
        sessions.findByPrincipalName(username).keySet().stream()
                .filter(id -> !id.equals(keep))
                .forEach(sessions::deleteById);
    }
}
