package org.claimtrail.web;

import org.claimtrail.claim.ClaimQueries;
import org.claimtrail.source.Source;
import org.claimtrail.source.SourceRepository;
import org.claimtrail.form.TextSearch;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Read pages for sources; they live here because a source page also shows the claims it carries. */
@Controller
class SourcePages {

    private final SourceRepository sources;
    private final ClaimQueries claims;

    SourcePages(SourceRepository sources, ClaimQueries claims) {
        this.sources = sources;
        this.claims = claims;
    }

    static final int PAGE_SIZE = 50;

    @GetMapping("/sources")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String page, Model model) {
        String pattern = TextSearch.pattern(q);
        int pageNumber = TextSearch.page(page);
        model.addAttribute("list", new ListPage<>(sources.findPage(pattern, PageRequest.of(pageNumber - 1, PAGE_SIZE)),
                sources.countMatching(pattern), pageNumber, PAGE_SIZE, TextSearch.clean(q)));
        return "sources/list";
    }

    @GetMapping("/sources/{id}")
    String detail(@PathVariable long id, Model model) {
        Source source = sources.findWithPublisher(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "There is no source number " + id + "."));
        model.addAttribute("source", source);
        model.addAttribute("attributions", claims.attributionsIn(source));
        return "sources/detail";
    }
}
