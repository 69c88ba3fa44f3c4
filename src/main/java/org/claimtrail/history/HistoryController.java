package org.claimtrail.history;

import org.claimtrail.access.SignedInOnly;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;

/** Public history tabs, like Wikipedia's; the site-wide recent changes are for editors. */
@Controller
class HistoryController {

    static final int RECENT_CHANGES = 50;

    private final HistoryService history;

    HistoryController(HistoryService history) {
        this.history = history;
    }

    @GetMapping("/claims/{slug}/history")
    String claim(@PathVariable String slug, Model model) {
        long id = history.claimIdBySlug(slug).orElseThrow(() -> notFound("There is no claim at /claims/" + slug + "."));
        return page(model, "History of the claim", "/claims/" + slug, history.ofClaim(id));
    }

    @GetMapping("/sources/{id}/history")
    String source(@PathVariable long id, Model model) {
        if (!history.sourceExisted(id)) {
            throw notFound("There is no source number " + id + ".");
        }
        return page(model, "History of the source", "/sources/" + id, history.ofSource(id));
    }

    @GetMapping("/actors/{slug}/history")
    String actor(@PathVariable String slug, Model model) {
        long id = history.actorIdBySlug(slug).orElseThrow(() -> notFound("There is no actor at /actors/" + slug + "."));
        return page(model, "History of the actor", "/actors/" + slug, history.ofActor(id));
    }

    @SignedInOnly
    @GetMapping("/history/recent")
    String recent(Model model) {
        return page(model, "Recent changes", null, history.recent(RECENT_CHANGES));
    }

    private static String page(Model model, String heading, String back, List<HistoryEntry> entries) {
        // Not "title": inside the layout that name is the page's <title> fragment.
        model.addAttribute("heading", heading);
        model.addAttribute("back", back);
        model.addAttribute("entries", entries);
        return "history/list";
    }

    private static ResponseStatusException notFound(String reason) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, reason);
    }
}
