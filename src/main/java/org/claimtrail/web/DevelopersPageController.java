package org.claimtrail.web;

import java.util.List;
import org.claimtrail.site.ProblemType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The API explained for people: where its document is, how lists page, and what each kind of
 * error means. The problem documents' {@code type} URIs point at this page's headings.
 */
@Controller
class DevelopersPageController {

    @GetMapping("/developers")
    String developers(Model model) {
        model.addAttribute("problemTypes", List.of(ProblemType.values()));
        return "developers/index";
    }
}
