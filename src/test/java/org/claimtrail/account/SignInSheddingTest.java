package org.claimtrail.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Sign-ins shed like every other expensive work: while as many are being checked as allowed, one
 * more is refused as busy at once, with nothing checked and nothing counted against its name.
 */
class SignInSheddingTest {

    @Test
    void aSignInBeyondTheOnesBeingCheckedIsRefusedAsBusyAndCountsNothing() throws Exception {
        CountDownLatch checking = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AuthenticationProvider slowPasswords = new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                checking.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return UsernamePasswordAuthenticationToken.authenticated(
                        authentication.getName(), null, java.util.List.of());
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return true;
            }
        };
        SignInThrottle throttle = mock(SignInThrottle.class);
        ThrottlingAuthenticationProvider signIn = new ThrottlingAuthenticationProvider(slowPasswords, throttle, 1);

        CompletableFuture<Authentication> first = CompletableFuture.supplyAsync(() ->
                signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("anna", "a long passphrase")));
        assertThat(checking.await(10, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(
                        () -> signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("bob", "guess")))
                .isInstanceOf(ThrottlingAuthenticationProvider.Busy.class)
                .satisfies(busy -> assertThat(SignInRefusal.of((ThrottlingAuthenticationProvider.Busy) busy))
                        .isEqualTo(SignInRefusal.BUSY));
        verify(throttle, never()).recordFailure(any(), any());
        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS).getName()).isEqualTo("anna");
    }
}
