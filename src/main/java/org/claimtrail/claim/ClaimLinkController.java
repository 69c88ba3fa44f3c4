package org.claimtrail.claim;

import org.claimtrail.access.EditorsOnly;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Links between claims: "the Kremlin's denial contradicts the regular-contact claim". */
@Controller
@EditorsOnly
class ClaimLinkController {

    private final ClaimService claims;
    private final ClaimRepository repository;
    private final ClaimQueries queries;

    ClaimLinkController(ClaimService claims, ClaimRepository repository, ClaimQueries queries) {
        this.claims = claims;
        this.repository = repository;
        this.queries = queries;
    }

    @GetMapping("/claims/{slug}/links/new")
    String initLinkForm(@PathVariable String slug, Model model) {
        model.addAttribute("form", new LinkForm());
        return page(slug, model);
    }

    @PostMapping("/claims/{slug}/links/new")
    String processLinkForm(@PathVariable String slug, @Valid @ModelAttribute("form") LinkForm form,
                           BindingResult result, Model model, RedirectAttributes redirect) {
        ClaimPage page = claimPage(slug);
        long fromId = page.claim().getId();
        if (form.getTargetId() != null && form.getTargetId() == fromId) {
            result.rejectValue("targetId", "link.self", "A claim cannot be linked to itself.");
        }
        if (form.getTargetId() != null && repository.findById(form.getTargetId()).isEmpty()) {
            result.rejectValue("targetId", "link.unknown", "That claim no longer exists; pick another.");
        }
        if (result.hasErrors()) {
            return page(slug, model);
        }
        if (!claims.link(fromId, form.getTargetId(), form.getType(), form.getNote() == null || form.getNote().isBlank() ? null : form.getNote().strip())) {
            result.reject("link.exists", "These claims are already linked that way.");
            return page(slug, model);
        }
        redirect.addFlashAttribute("flash", "Link added.");
        return "redirect:/claims/" + slug;
    }

    @PostMapping("/claims/{slug}/links/{linkId}/remove")
    String removeLink(@PathVariable String slug, @PathVariable long linkId, RedirectAttributes redirect) {
        claims.unlink(claimPage(slug).claim().getId(), linkId);
        redirect.addFlashAttribute("flash", "Link removed.");
        return "redirect:/claims/" + slug;
    }

    private String page(String slug, Model model) {
        ClaimPage page = claimPage(slug);
        model.addAttribute("page", page);
        model.addAttribute("claim", page.claim());
        model.addAttribute("candidates", repository.findAllByStatement().stream()
                .filter(c -> !c.getId().equals(page.claim().getId())).toList());
        model.addAttribute("types", LinkType.values());
        return "claims/links";
    }

    private ClaimPage claimPage(String slug) {
        return queries.claimPage(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "There is no claim at /claims/" + slug + "."));
    }
}
