package org.claimtrail.verdict;

import jakarta.validation.Valid;
import org.claimtrail.access.EditorsOnly;
import org.claimtrail.form.Forms;
import org.springframework.security.core.Authentication;
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
 * Verdicts: an editor drafts one on the desk's scale; a second editor, or an admin, publishes it.
 * Until then the draft is shown to editors only and no ClaimReview is written for it.
 */
@Controller
@EditorsOnly
class VerdictController {

    private static final String VIEW = "verdicts/form";

    /** As long as a claim's correction reason may be (ClaimForm). */
    static final int MAX_REASON = 2000;

    private final VerdictService verdicts;

    VerdictController(VerdictService verdicts) {
        this.verdicts = verdicts;
    }

    @GetMapping("/claims/{slug}/verdict")
    String initVerdictForm(@PathVariable String slug, Model model) {
        VerdictService.Judged judged = verdicts.judged(slug);
        model.addAttribute("form", VerdictForm.of(judged.verdict()));
        return show(judged, model);
    }

    @PostMapping("/claims/{slug}/verdict")
    String processVerdictForm(
            @PathVariable String slug,
            @Valid @ModelAttribute("form") VerdictForm form,
            BindingResult result,
            Authentication editor,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return show(verdicts.judged(slug), model);
        }
        verdicts.draft(slug, form.rating(), form.explanation().strip(), editor.getName());
        redirect.addFlashAttribute("flash", "Verdict drafted. Another editor, or an admin, publishes it.");
        return "redirect:/claims/" + slug + "#verdict";
    }

    /**
     * Publishes the draft the publisher read: the form names its version ({@code draftVersion}) and
     * carries its words ({@code readRating}, {@code readExplanation}), so a draft saved again
     * meanwhile is refused with what was read beside what it now says.
     */
    @PostMapping("/claims/{slug}/verdict/publish")
    String publish(
            @PathVariable String slug,
            @RequestParam(required = false) String correctionReason,
            @RequestParam(required = false) Long draftVersion,
            @RequestParam(required = false) String readRating,
            @RequestParam(required = false) String readExplanation,
            Authentication editor,
            RedirectAttributes redirect) {
        if (correctionReason != null && correctionReason.length() > MAX_REASON) {
            redirect.addFlashAttribute(
                    "flashError", "Not published: keep the correction's reason under " + MAX_REASON + " characters.");
            return "redirect:/claims/" + slug + "#verdict";
        }
        boolean admin =
                editor.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
        VerdictService.Publication outcome =
                verdicts.publish(slug, editor.getName(), admin, Forms.text(correctionReason), draftVersion);
        String message = switch (outcome) {
            case PUBLISHED -> "Verdict published.";
            case NO_DRAFT -> "There is no draft verdict to publish.";
            case DRAFT_CHANGED -> changedSinceRead(slug, readRating, readExplanation);
            case NEEDS_SECOND_EDITOR ->
                "Not published: a verdict is published by another editor than the one who "
                        + "drafted it, or by an admin.";
            case NEEDS_CORRECTION_REASON ->
                "Not published: this changes the published verdict, which is a "
                        + "correction. Say what changed and why; readers will see it in the corrections log.";
        };
        redirect.addFlashAttribute(outcome == VerdictService.Publication.PUBLISHED ? "flash" : "flashError", message);
        return "redirect:/claims/" + slug + "#verdict";
    }

    private String changedSinceRead(String slug, String readRating, String readExplanation) {
        VerdictView now = verdicts.judged(slug).verdict();
        return "Not published: the draft was saved again after you read it. You read: "
                + words(readRating, readExplanation)
                + ". It now reads: "
                + words(now.draftRating() == null ? null : now.draftRating().name(), now.draftExplanation())
                + (now.draftedBy() == null ? "" : " (drafted by " + now.draftedBy() + ")")
                + ". Read it below and publish it if you agree.";
    }

    private static String words(String rating, String explanation) {
        String label = java.util.Arrays.stream(VerdictRating.values())
                .filter(r -> r.name().equals(rating))
                .map(VerdictRating::label)
                .findFirst()
                .orElse("no rating");
        return label + " — “" + (explanation == null ? "" : explanation) + "”";
    }

    private String show(VerdictService.Judged claim, Model model) {
        model.addAttribute("claim", claim);
        model.addAttribute("ratings", VerdictRating.values());
        return VIEW;
    }
}
