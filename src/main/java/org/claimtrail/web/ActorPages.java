package org.claimtrail.web;

import org.claimtrail.actor.ActorQueries;
import org.claimtrail.actor.ActorView;
import org.claimtrail.claim.ClaimQueries;
import org.claimtrail.paging.Keyset;
import org.claimtrail.paging.PageParams;
import org.claimtrail.paging.PageRequest;
import org.claimtrail.paging.Pager;
import org.claimtrail.paging.ParameterProblem;
import org.claimtrail.paging.Window;
import org.claimtrail.site.NotFound;
import org.claimtrail.source.SourceQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.List;

/**
 * Read pages for actors: the list, and an actor's page with the start of what they said, the
 * claims about them and what they published; each of the three has its own full list.
 */
@Controller
class ActorPages {

    static final int PAGE_SIZE = 50;
    /** How much of each of the three lists an actor's page shows. */
    static final int FIRST_ROWS = 20;

    private final ActorQueries actors;
    private final SourceQueries sources;
    private final ClaimQueries claims;

    ActorPages(ActorQueries actors, SourceQueries sources, ClaimQueries claims) {
        this.actors = actors;
        this.sources = sources;
        this.claims = claims;
    }

    @GetMapping("/actors")
    String list(@RequestParam(required = false) String q, PageParams paging, Model model) {
        model.addAttribute("list", ListPage.read("/actors", q, paging, PAGE_SIZE, ActorQueries.BY_NAME,
                actors::list, actors::count));
        return "actors/list";
    }

    @GetMapping("/actors/{slug}")
    String detail(@PathVariable String slug, Model model) {
        ActorView actor = actor(slug);
        PageRequest first = PageRequest.first(FIRST_ROWS);
        model.addAttribute("actor", actor);
        model.addAttribute("statements", claims.statementsBy(actor.id(), first));
        model.addAttribute("reported", claims.reportedOf(actor.id(), first));
        model.addAttribute("claimsAbout", claims.claimsAbout(actor.id(), first));
        model.addAttribute("published", sources.publishedBy(actor.id(), first));
        return "actors/detail";
    }

    @GetMapping("/actors/{slug}/statements")
    String statements(@PathVariable String slug, PageParams paging,
                      Model model) {
        return section(slug, "statements", "Their own words", ClaimQueries.STATEMENTS_ORDER, paging, model,
                (ActorView actor, PageRequest page) -> claims.statementsBy(actor.id(), page));
    }

    @GetMapping("/actors/{slug}/reported")
    String reported(@PathVariable String slug, PageParams paging, Model model) {
        return section(slug, "reported", "Reported of them, in others' words", ClaimQueries.STATEMENTS_ORDER, paging,
                model, (ActorView actor, PageRequest page) -> claims.reportedOf(actor.id(), page));
    }

    @GetMapping("/actors/{slug}/claims")
    String claimsAbout(@PathVariable String slug, PageParams paging,
                       Model model) {
        return section(slug, "claims", "Claims about them", ClaimQueries.SUBJECT_ORDER, paging, model,
                (ActorView actor, PageRequest page) -> claims.claimsAbout(actor.id(), page));
    }

    @GetMapping("/actors/{slug}/sources")
    String published(@PathVariable String slug, PageParams paging,
                     Model model) {
        return section(slug, "sources", "What they published", SourceQueries.BY_PUBLISHER, paging, model,
                (ActorView actor, PageRequest page) -> sources.publishedBy(actor.id(), page));
    }

    /** Reads one page of an actor's section. */
    private interface Section<T> {
        Window<T> read(ActorView actor, PageRequest page);
    }

    private <T> String section(String slug, String name, String heading, Keyset keyset, PageParams paging,
                               Model model, Section<T> section) {
        ActorView actor = actor(slug);
        List<ParameterProblem> problems = new ArrayList<>();
        PageRequest page = paging.read(PAGE_SIZE, keyset, problems);
        Window<T> window = section.read(actor, page);
        model.addAttribute("actor", actor);
        model.addAttribute("section", name);
        model.addAttribute("heading", heading);
        model.addAttribute("rows", window);
        model.addAttribute("notices", problems.stream().map(ParameterProblem::message).toList());
        model.addAttribute("pager", Pager.of("/actors/" + slug + "/" + name, "", window, page.isFirst()));
        return "actors/section";
    }

    private ActorView actor(String slug) {
        return actors.bySlug(slug).orElseThrow(() -> NotFound.actor(slug));
    }

}
