package org.claimtrail.web;

import org.claimtrail.actor.Actor;
import org.claimtrail.actor.ActorRepository;
import org.claimtrail.claim.ClaimQueries;
import org.claimtrail.source.SourceRepository;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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

    @GetMapping("/actors")
    String list(Model model) {
        model.addAttribute("actors", actors.findAll(Sort.by("name")));
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
