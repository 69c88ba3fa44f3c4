package org.claimtrail.actor;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.claimtrail.access.EditorsOnly;
import org.claimtrail.form.EditConflicts;
import org.claimtrail.form.FormDrafts;
import org.claimtrail.form.Forms;
import org.claimtrail.site.NotFound;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Create and edit actors; the read pages are in web. */
@Controller
@EditorsOnly
class ActorEditingController {

    private final ActorService actors;

    ActorEditingController(ActorService actors) {
        this.actors = actors;
    }

    /** {@code returnTo}: the form that sent the editor here, which gets the new actor back. */
    @GetMapping("/actors/new")
    String initCreationForm(@RequestParam(required = false) String returnTo, Model model) {
        ActorForm form = new ActorForm();
        form.setReturnTo(returnTo);
        model.addAttribute("form", form);
        return "actors/form";
    }

    @PostMapping("/actors/new")
    String processCreationForm(
            @Valid @ModelAttribute("form") ActorForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return "actors/form";
        }
        // "Politico" beside "Politico Europe": asked before it is made, unless the editor said it is someone else.
        List<Actor> resembling = form.isDistinct() ? List.of() : actors.resembling(form.getName());
        if (!resembling.isEmpty()) {
            model.addAttribute("resembling", resembling);
            return "actors/form";
        }
        Optional<Actor> created = Forms.save(
                result,
                () -> actors.create(
                        form.getName().strip(),
                        form.getKind(),
                        Forms.text(form.getDescription()),
                        Forms.text(form.getSpeaksFor())));
        if (created.isEmpty()) {
            return "actors/form";
        }
        Actor actor = created.get();
        redirect.addFlashAttribute("flash", "Actor " + actor.getName() + " added.");
        if (form.getReturnTo() != null) {
            return FormDrafts.back(form.getReturnTo(), "actor", actor.getSlug());
        }
        return "redirect:/actors/" + actor.getSlug();
    }

    @GetMapping("/actors/{slug}/edit")
    String initUpdateForm(@PathVariable String slug, Model model) {
        Actor actor = find(slug);
        model.addAttribute("actor", actor);
        model.addAttribute("form", ActorForm.of(actor));
        return "actors/form";
    }

    @PostMapping("/actors/{slug}/edit")
    String processUpdateForm(
            @PathVariable String slug,
            @Valid @ModelAttribute("form") ActorForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Actor actor = find(slug);
        model.addAttribute("actor", actor);
        if (result.hasErrors()) {
            return "actors/form";
        }
        try {
            Optional<Actor> saved = Forms.save(
                    result,
                    () -> actors.update(
                            actor.getId(),
                            form.getVersion(),
                            form.getName().strip(),
                            form.getKind(),
                            Forms.text(form.getDescription()),
                            Forms.text(form.getSpeaksFor())));
            if (saved.isEmpty()) {
                return "actors/form";
            }
        } catch (ObjectOptimisticLockingFailureException e) {
            Actor current = find(slug);
            return EditConflicts.show(model, response, current, current.getVersion(), form::setVersion, "actors/form");
        }
        redirect.addFlashAttribute("flash", "Actor saved.");
        return "redirect:/actors/" + slug;
    }

    private Actor find(String slug) {
        return actors.bySlug(slug).orElseThrow(() -> NotFound.actor(slug));
    }
}
