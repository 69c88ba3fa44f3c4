package org.claimtrail.account;

import java.util.Optional;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Signs in by the canonical form of the name typed ({@link Usernames}), and checks the throttle
 * before the password, so a locked-out attempt gets the same answer whether the password is right
 * or not, and whether the account exists or not.
 *
 * <p>Checking a sign-in costs a bcrypt and a few writes, and POST /login is open to anyone, so it
 * sheds like every other expensive work: at most {@code concurrent} sign-ins are checked at once;
 * one that cannot start within a moment is refused as busy, checking nothing and counting nothing.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    /** Too many sign-ins being checked at once. Not a failure: nothing was checked. */
    static final class Busy extends AuthenticationException {
        Busy() {
            super("too many sign-ins being checked at once");
        }
    }

    private final AuthenticationProvider delegate;
    private final SignInThrottle throttle;
    private final java.util.concurrent.Semaphore checks;

    ThrottlingAuthenticationProvider(AuthenticationProvider delegate, SignInThrottle throttle, int concurrent) {
        this.delegate = delegate;
        this.throttle = throttle;
        this.checks = new java.util.concurrent.Semaphore(concurrent);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        boolean admitted;
        try {
            admitted = checks.tryAcquire(250, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            throw new Busy();
        }
        try {
            return check(authentication);
        } finally {
            checks.release();
        }
    }

    private Authentication check(Authentication authentication) throws AuthenticationException {
        Optional<String> canonical = Usernames.canonical(authentication.getName());
        if (canonical.isEmpty()) {
            // The same answer as a wrong password, without a query: no account has such a name, and
            // PostgreSQL refuses NUL in text anyway.
            throw new BadCredentialsException("no such account");
        }
        String username = canonical.get();
        String address = clientAddress(authentication);
        throttle.check(username, address);
        String password = authentication.getCredentials() == null
                ? ""
                : authentication.getCredentials().toString();
        if (!PasswordRules.fitsTheHash(password)) {
            // bcrypt reads only the first 72 bytes: anything longer is no account's password, even
            // when it starts with one.
            throttle.recordFailure(username, address);
            throw new BadCredentialsException("password longer than any account's");
        }
        UsernamePasswordAuthenticationToken canonicalRequest =
                UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        canonicalRequest.setDetails(authentication.getDetails());
        try {
            Authentication result = delegate.authenticate(canonicalRequest);
            throttle.recordSuccess(username, address);
            return result;
        } catch (BadCredentialsException | AccountStatusException e) {
            throttle.recordFailure(username, address);
            throw e;
        }
    }

    /** The client's address as Tomcat resolved it (behind a trusted proxy, from X-Forwarded-For). */
    private static String clientAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }
}
