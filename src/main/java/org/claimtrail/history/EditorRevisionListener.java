package org.claimtrail.history;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Stamps each revision with the signed-in editor; changes made outside a request are "system". */
public class EditorRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = authentication != null
                && authentication.isAuthenticated()
                && !"anonymousUser".equals(authentication.getName());
        Revision revision = (Revision) revisionEntity;
        revision.setUsername(signedIn ? authentication.getName() : "system");
        revision.setNote(RevisionNotes.current());
    }
}
