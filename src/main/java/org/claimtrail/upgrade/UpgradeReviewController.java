package org.claimtrail.upgrade;

import java.security.Principal;
import org.claimtrail.access.AdminsOnly;
import org.claimtrail.source.SourceQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /admin/upgrade: what an upgrade left for an admin. Each list shows its oldest entries, a bounded
 * number at a time; marking an item reviewed makes room for the next.
 */
@Controller
@AdminsOnly
class UpgradeReviewController {

    static final int SHOWN = 50;

    private final UpgradeReview review;
    private final SourceQueries sources;

    UpgradeReviewController(UpgradeReview review, SourceQueries sources) {
        this.review = review;
        this.sources = sources;
    }

    @GetMapping("/admin/upgrade")
    String show(Model model) {
        model.addAttribute("items", review.waiting(SHOWN));
        model.addAttribute("waiting", review.waitingCount());
        model.addAttribute("sameAddress", sources.sameAddress(SHOWN));
        model.addAttribute("sameAddressCount", sources.sameAddressCount());
        return "admin/upgrade";
    }

    @PostMapping("/admin/upgrade/reviewed")
    String reviewed(
            @RequestParam String migration, @RequestParam String fix, Principal admin, RedirectAttributes redirect) {
        if (review.markReviewed(migration, fix, admin.getName())) {
            redirect.addFlashAttribute("flash", "Marked as reviewed.");
        } else {
            redirect.addFlashAttribute(
                    "flashError", "That item was not waiting for review (someone marked it already).");
        }
        return "redirect:/admin/upgrade";
    }
}
