package org.claimtrail.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.claimtrail.form.ListPage;
import org.claimtrail.paging.PageParams;
import org.claimtrail.paging.PageRequest;
import org.claimtrail.paging.Pager;
import org.claimtrail.paging.ParameterProblem;
import org.claimtrail.paging.Window;
import org.claimtrail.site.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Read pages for actors: the list, and an actor's page with the start of each section other
 * modules contribute ({@link ActorPageSection}: what they said, what is reported of them, the
 * claims about them, what they published), each section with a full list of its own.
 */
@Controller
class ActorController {

    static final int PAGE_SIZE = 50;
    /** How much of each section an actor's page shows. */
    static final int FIRST_ROWS = 20;

    /** A section as an actor's page shows it: its first rows. */
    record ShownSection(ActorPageSection section, Window<?> rows) {

        public boolean shown() {
            return !rows.isEmpty() || section.whenEmpty() != null;
        }
    }

    private final ActorQueries actors;
    private final List<ActorPageSection> sections;

    ActorController(ActorQueries actors, List<ActorPageSection> sections) {
        this.actors = actors;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(ActorPageSection::position))
                .toList();
    }

    @GetMapping("/actors")
    String list(@RequestParam(required = false) String q, PageParams paging, Model model) {
        model.addAttribute(
                "list",
                ListPage.read("/actors", q, paging, PAGE_SIZE, ActorQueries.BY_NAME, actors::list, actors::count));
        return "actors/list";
    }

    @GetMapping("/actors/{slug}")
    String detail(@PathVariable String slug, Model model) {
        ActorView actor = actor(slug);
        PageRequest first = PageRequest.first(FIRST_ROWS);
        model.addAttribute("actor", actor);
        model.addAttribute(
                "sections",
                sections.stream()
                        .map(section -> new ShownSection(section, section.rows().read(actor.id(), first)))
                        .toList());
        return "actors/detail";
    }

    @GetMapping("/actors/{slug}/{section}")
    String section(@PathVariable String slug, @PathVariable("section") String name, PageParams paging, Model model) {
        ActorPageSection section = sections.stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new NotFound("No such list of an actor: " + name + "."));
        ActorView actor = actor(slug);
        List<ParameterProblem> problems = new ArrayList<>();
        PageRequest page = paging.read(PAGE_SIZE, section.order(), problems);
        Window<?> window = section.rows().read(actor.id(), page);
        model.addAttribute("actor", actor);
        model.addAttribute("section", section);
        model.addAttribute("rows", window);
        model.addAttribute(
                "notices", problems.stream().map(ParameterProblem::message).toList());
        model.addAttribute("pager", Pager.of("/actors/" + slug + "/" + name, "", window, page.isFirst()));
        return "actors/section";
    }

    private ActorView actor(String slug) {
        return actors.bySlug(slug).orElseThrow(() -> NotFound.actor(slug));
    }
}
