package org.claimtrail.desk;

import java.security.Principal;
import org.claimtrail.access.EditorsOnly;
import org.claimtrail.claim.ClaimQueries;
import org.claimtrail.claim.ClaimView;
import org.claimtrail.form.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Moving a claim's checking to another state, or to another editor, from the claim's page. */
@Controller
@EditorsOnly
class WorkController {

    private final WorkService work;
    private final ClaimQueries claims;

    WorkController(WorkService work, ClaimQueries claims) {
        this.work = work;
        this.claims = claims;
    }

    @PostMapping("/claims/{slug}/work")
    String move(
            @PathVariable String slug,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String assignee,
            @RequestParam(required = false) Long version,
            Principal editor,
            RedirectAttributes redirect) {
        ClaimView claim = claims.load(slug);
        if (version == null) {
            redirect.addFlashAttribute("flashError", "Not saved: the form did not say which state it read; try again.");
            return "redirect:/claims/" + slug + "#work";
        }
        String message = switch (work.move(
                claim.id(), Forms.text(state), Forms.text(assignee), editor.getName(), version)) {
            case SAVED -> null;
            case UNKNOWN_STATE -> "Not saved: choose one of the desk's work states.";
            case UNKNOWN_ASSIGNEE -> "Not saved: work is assigned to an editor with an account here, or to nobody.";
            case CHANGED_SINCE_READ ->
                "Not saved: someone moved this claim after you opened the page. Here is where it stands now;"
                        + " move it again if you still mean to.";
        };
        if (message == null) {
            redirect.addFlashAttribute("flash", "Desk work saved.");
        } else {
            redirect.addFlashAttribute("flashError", message);
        }
        return "redirect:/claims/" + slug + "#work";
    }
}
