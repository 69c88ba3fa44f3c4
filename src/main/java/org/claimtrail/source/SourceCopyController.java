package org.claimtrail.source;

import java.security.Principal;
import org.claimtrail.access.EditorsOnly;
import org.claimtrail.form.StorableText;
import org.claimtrail.site.NotFound;
import org.claimtrail.webpage.SourcePageReader;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Saves a source's copy: its page read now from its address, or the text an editor pastes (a page
 * behind a paywall, a PDF, a broadcast's transcript). Quotes from the source are then checked
 * against it.
 */
@Controller
@EditorsOnly
class SourceCopyController {

    private final SourceService sources;
    private final SourceCopies copies;
    private final SourcePageReader pages;

    SourceCopyController(SourceService sources, SourceCopies copies, SourcePageReader pages) {
        this.sources = sources;
        this.copies = copies;
        this.pages = pages;
    }

    @PostMapping("/sources/{id}/copy")
    String saveCopy(
            @PathVariable long id,
            @RequestParam(required = false) String text,
            Principal editor,
            RedirectAttributes redirect) {
        Source source = sources.find(id).orElseThrow(() -> NotFound.source(id));
        String pasted = text == null ? "" : StorableText.clean(text).strip();
        if (!pasted.isEmpty()) {
            copies.save(id, pasted, true, editor.getName());
            redirect.addFlashAttribute("flash", "The pasted text is saved as this source's copy.");
        } else if (source.getUrl() == null) {
            redirect.addFlashAttribute("flashError", "This source has no address to read: paste its text instead.");
        } else {
            try {
                String read = pages.readText(source.getUrl(), editor.getName());
                if (copies.save(id, read, false, editor.getName())) {
                    redirect.addFlashAttribute("flash", "A copy of the page as it reads now is saved.");
                } else {
                    redirect.addFlashAttribute("flashError", "The page has no text to keep: paste its text instead.");
                }
            } catch (SourcePageReader.Unreadable e) {
                redirect.addFlashAttribute(
                        "flashError", "Could not read the page: " + e.getMessage() + ". Paste its text instead.");
            }
        }
        return "redirect:/sources/" + id + "#copy";
    }
}
