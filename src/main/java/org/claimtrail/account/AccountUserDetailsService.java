package org.claimtrail.account;

import org.springframework.context.annotation.Lazy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    AccountUserDetailsService(@Lazy AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The principal's name is the canonical one, so sessions can be found by it. */
    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account account = Usernames.canonical(username)
                .flatMap(accounts::findByUsername)
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                // An admin is an editor too.
                .roles(account.getRole() == Role.ADMIN ? new String[] {"ADMIN", "EDITOR"} : new String[] {"EDITOR"})
                .disabled(!account.isEnabled())
                .build();
    }
}
