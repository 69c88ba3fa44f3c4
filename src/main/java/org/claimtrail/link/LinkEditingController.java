package org.claimtrail.link;

import jakarta.validation.Valid;
import org.claimtrail.access.EditorsOnly;
import org.claimtrail.claim.ClaimQueries;
import org.claimtrail.claim.ClaimView;
import org.claimtrail.form.TextSearch;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Links between claims: "the Kremlin's denial contradicts the regular-contact claim". The other
 * claim is picked from a short list: the same story's claims, or those matching words the editor
 * searched for, so the form stays small in a newsroom of a hundred thousand claims.
 */
@Controller
@EditorsOnly
class LinkEditingController {

    static final int CANDIDATES = 50;

    private final LinkService links;
    private final LinkQueries queries;
    private final ClaimQueries claims;

    LinkEditingController(LinkService links, LinkQueries queries, ClaimQueries claims) {
        this.links = links;
        this.queries = queries;
        this.claims = claims;
    }

    @GetMapping("/claims/{slug}/links/new")
    String initLinkForm(@PathVariable String slug, @RequestParam(required = false) String find, Model model) {
        model.addAttribute("form", new LinkForm());
        return page(slug, find, null, model);
    }

    @PostMapping("/claims/{slug}/links/new")
    String processLinkForm(
            @PathVariable String slug,
            @Valid @ModelAttribute("form") LinkForm form,
            BindingResult result,
            @RequestParam(required = false) String find,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return page(slug, find, form.getTargetId(), model);
        }
        String note = form.getNote() == null || form.getNote().isBlank()
                ? null
                : form.getNote().strip();
        switch (links.link(slug, form.getTargetId(), form.getType(), note)) {
            case LINKED -> {
                redirect.addFlashAttribute("flash", "Link added.");
                return "redirect:/claims/" + slug;
            }
            case ALREADY_LINKED -> result.reject("link.exists", "These claims are already linked that way.");
            case NO_SUCH_CLAIM ->
                result.rejectValue("targetId", "link.unknown", "That claim no longer exists; pick another.");
            case SELF -> result.rejectValue("targetId", "link.self", "A claim cannot be linked to itself.");
        }
        return page(slug, find, form.getTargetId(), model);
    }

    @PostMapping("/claims/{slug}/links/{linkId}/remove")
    String removeLink(@PathVariable String slug, @PathVariable long linkId, RedirectAttributes redirect) {
        links.unlink(slug, linkId);
        redirect.addFlashAttribute("flash", "Link removed.");
        return "redirect:/claims/" + slug;
    }

    private String page(String slug, String find, Long selected, Model model) {
        ClaimView claim = claims.load(slug);
        String words = TextSearch.clean(find);
        model.addAttribute("links", queries.first(claim.id()));
        model.addAttribute("claim", claim);
        model.addAttribute("find", words);
        model.addAttribute("candidates", queries.candidates(claim, words, selected, CANDIDATES));
        model.addAttribute("types", LinkType.values());
        return "claims/links";
    }
}
