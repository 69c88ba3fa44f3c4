package org.claimtrail.claim;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@Controller
class ClaimController {

    static final int PAGE_SIZE = 50;

    private final ClaimQueries queries;

    ClaimController(ClaimQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/claims")
    String list(@RequestParam(defaultValue = "1") int page, Model model) {
        int pageIndex = Math.max(page, 1) - 1;
        model.addAttribute("claims", queries.claims(PageRequest.of(pageIndex, PAGE_SIZE)));
        return "claims/list";
    }

    @GetMapping("/claims/{slug}")
    String detail(@PathVariable String slug, Model model) {
        ClaimPage page = queries.claimPage(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "There is no claim at /claims/" + slug + "."));
        model.addAttribute("page", page);
        model.addAttribute("claim", page.claim());
        model.addAttribute("jsonLd", ClaimJsonLd.of(page, ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()));
        return "claims/detail";
    }
}
