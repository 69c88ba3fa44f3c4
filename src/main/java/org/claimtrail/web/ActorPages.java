package org.claimtrail.web;

import org.claimtrail.actor.Actor;
import org.claimtrail.actor.ActorRepository;
import org.claimtrail.claim.ClaimQueries;
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

/** Read pages for actors: what they said, what they published, and the claims about them. */
@Controller
class ActorPages {

    private final ActorRepository actors;
    private final SourceRepository sources;
    private final ClaimQueries claims;

    ActorPages(ActorRepository actors, SourceRepository sources, ClaimQueries claims) {
        this.actors = actors;
        this.sources = sources;
        this.claims = claims;
    }

    static final int PAGE_SIZE = 50;

    @GetMapping("/actors")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String page, Model model) {
        String pattern = TextSearch.pattern(q);
        int pageNumber = TextSearch.page(page);
        model.addAttribute("list", new ListPage<>(actors.findPage(pattern, PageRequest.of(pageNumber - 1, PAGE_SIZE)),
                actors.countMatching(pattern), pageNumber, PAGE_SIZE, TextSearch.clean(q)));
        return "actors/list";
    }

    @GetMapping("/actors/{slug}")
    String detail(@PathVariable String slug, Model model) {
        Actor actor = actors.findBySlug(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "There is no actor at /actors/" + slug + "."));
        model.addAttribute("actor", actor);
        model.addAttribute("statements", claims.attributionsBy(actor));
        model.addAttribute("claimsAbout", claims.claimsAbout(actor));
        model.addAttribute("published", sources.findByPublisher(actor));
        return "actors/detail";
    }
}
