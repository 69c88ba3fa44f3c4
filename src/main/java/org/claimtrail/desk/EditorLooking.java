package org.claimtrail.desk;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Whether an editor is the one asking: the desk's sections read nothing for anyone else. */
final class EditorLooking {

    private EditorLooking() {}

    static boolean now() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        return who != null
                && !(who instanceof AnonymousAuthenticationToken)
                && who.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_EDITOR"));
    }
}
