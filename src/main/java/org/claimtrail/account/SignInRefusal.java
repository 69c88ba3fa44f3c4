package org.claimtrail.account;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;

/**
 * Why a sign-in was refused, as the sign-in page tells it. A wrong name, a wrong password and a
 * disabled account read the same, so the answer never reveals which accounts exist.
 */
enum SignInRefusal {
    WRONG_CREDENTIALS("/login?error"),
    /** Too many failures for this name from this address. */
    LOCKED("/login?locked"),
    /** Too many failures for this name from everywhere: wait a little, then try again. */
    SLOWED_DOWN("/login?wait"),
    /** Too many sign-ins being checked at once: nothing was checked, try again shortly. */
    BUSY("/login?busy");

    private final String page;

    SignInRefusal(String page) {
        this.page = page;
    }

    String page() {
        return page;
    }

    static SignInRefusal of(AuthenticationException exception) {
        if (exception instanceof SignInThrottle.SlowedDown) {
            return SLOWED_DOWN;
        }
        if (exception instanceof ThrottlingAuthenticationProvider.Busy) {
            return BUSY;
        }
        return exception instanceof LockedException ? LOCKED : WRONG_CREDENTIALS;
    }
}
