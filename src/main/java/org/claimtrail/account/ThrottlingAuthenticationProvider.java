package org.claimtrail.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Checks the lock-out before the password, so a locked name gets the same answer whether the
 * password is right or not, and whether the account exists or not.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final SignInThrottle throttle;

    ThrottlingAuthenticationProvider(AuthenticationProvider delegate, SignInThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    /** Longest name an account can have (account.username is varchar(60)). */
    static final int MAX_USERNAME_LENGTH = 60;

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        if (!couldBeAnAccount(username)) {
            // The same answer as a wrong password, without a query: PostgreSQL refuses NUL in text,
            // and a 100,000-character name has no business in the throttle table.
            throw new BadCredentialsException("no such account");
        }
        if (throttle.isLocked(username)) {
            throw new LockedException("too many failed sign-ins");
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            throttle.recordSuccess(username);
            return result;
        } catch (BadCredentialsException e) {
            throttle.recordFailure(username);
            throw e;
        }
    }

    private static boolean couldBeAnAccount(String username) {
        return username != null && !username.isBlank() && username.length() <= MAX_USERNAME_LENGTH
                && username.chars().noneMatch(Character::isISOControl);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }
}
