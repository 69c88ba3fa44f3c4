package org.claimtrail.desk;

import java.util.List;
import java.util.Map;
import org.claimtrail.claim.ClaimPageSection;
import org.claimtrail.claim.ClaimView;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The desk's notes on a claim's page (templates/desk/notes.html), with the form to add one. For
 * anyone who is not an editor the section reads nothing at all: no note is in the model, so none
 * can reach a reader's page, whatever the template does.
 */
@Component
@Order(20)
class NotesSection implements ClaimPageSection {

    private final NoteService notes;

    NotesSection(NoteService notes) {
        this.notes = notes;
    }

    @Override
    public String template() {
        return "desk/notes";
    }

    @Override
    public Map<String, Object> model(ClaimView claim) {
        if (!EditorLooking.now()) {
            return Map.of("notes", List.of(), "noteCount", 0L);
        }
        return Map.of("notes", notes.ofClaim(claim.id()), "noteCount", notes.countOfClaim(claim.id()));
    }
}
