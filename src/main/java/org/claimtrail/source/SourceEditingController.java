package org.claimtrail.source;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.claimtrail.access.EditorsOnly;
import org.claimtrail.actor.Actor;
import org.claimtrail.actor.ActorService;
import org.claimtrail.date.FuzzyDate;
import org.claimtrail.form.EditConflicts;
import org.claimtrail.form.FormDrafts;
import org.claimtrail.form.Forms;
import org.claimtrail.form.PickerSearch;
import org.claimtrail.site.NotFound;
import org.claimtrail.webpage.PageMetadata;
import org.claimtrail.webpage.SourcePageReader;
import org.claimtrail.webpage.SourceUrl;
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

/** Create and edit sources; the read pages are in web. */
@Controller
@EditorsOnly
class SourceEditingController {

    private final SourceService sources;
    private final ActorService actors;
    private final SourcePageReader pages;
    private final Clock clock;

    SourceEditingController(SourceService sources, ActorService actors, SourcePageReader pages, Clock clock) {
        this.sources = sources;
        this.actors = actors;
        this.pages = pages;
        this.clock = clock;
    }

    @ModelAttribute("kinds")
    SourceKind[] kinds() {
        return SourceKind.values();
    }

    @GetMapping("/sources/new")
    String initCreationForm(@RequestParam(required = false) String returnTo, Model model) {
        SourceForm form = new SourceForm();
        form.setReturnTo(Forms.localPath(returnTo, null));
        model.addAttribute("form", form);
        return "sources/form";
    }

    @PostMapping("/sources/new")
    String processCreationForm(
            @Valid @ModelAttribute("form") SourceForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            @RequestParam(required = false) String check,
            @RequestParam(required = false) String fetch,
            java.security.Principal editor,
            HttpSession session) {
        if (fetch != null) {
            return fillFromPage(form, model, editor.getName(), session);
        }
        if (PickerSearch.findingOnly(model, form.getPublisherFind())) {
            return "sources/form";
        }
        SourceService.SourceDetails details = details(form, result, null, model);
        if (result.hasErrors() || Forms.checkOnly(check)) {
            return "sources/form";
        }
        Source source;
        try {
            Optional<FetchedCopy> fetched = FetchedCopies.take(session, details.url());
            source = fetched.isPresent()
                    ? sources.create(details, fetched.get(), editor.getName())
                    : sources.create(details);
        } catch (SourceService.DuplicateUrl duplicate) {
            return duplicateAfterRace(duplicate, result, model);
        }
        redirect.addFlashAttribute("flash", "Source added.");
        String returnTo = Forms.localPath(form.getReturnTo(), null);
        if (returnTo != null) {
            return FormDrafts.back(returnTo, "sourceId", source.getId());
        }
        return "redirect:/sources/" + source.getId();
    }

    @GetMapping("/sources/{id}/edit")
    String initUpdateForm(@PathVariable long id, Model model) {
        Source source = find(id);
        model.addAttribute("source", source);
        model.addAttribute("form", SourceForm.of(source));
        noteSharedAddress(source, model);
        return "sources/form";
    }

    @PostMapping("/sources/{id}/edit")
    String processUpdateForm(
            @PathVariable long id,
            @Valid @ModelAttribute("form") SourceForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response,
            @RequestParam(required = false) String check) {
        Source stored = find(id);
        model.addAttribute("source", stored);
        if (PickerSearch.findingOnly(model, form.getPublisherFind())) {
            return "sources/form";
        }
        SourceService.SourceDetails details = details(form, result, stored, model);
        if (result.hasErrors() || Forms.checkOnly(check)) {
            return "sources/form";
        }
        try {
            sources.update(id, form.getVersion(), details);
        } catch (ObjectOptimisticLockingFailureException e) {
            Source current = find(id);
            return EditConflicts.show(model, response, current, current.getVersion(), form::setVersion, "sources/form");
        } catch (SourceService.DuplicateUrl duplicate) {
            return duplicateAfterRace(duplicate, result, model);
        }
        redirect.addFlashAttribute("flash", "Source saved.");
        return "redirect:/sources/" + id;
    }

    /**
     * "Fill in from the page": reads the pasted link and fills what the editor left empty, saying
     * what came from the page so it is checked before saving. Nothing is saved here; a duplicate
     * address is pointed out at once.
     */
    private String fillFromPage(SourceForm form, Model model, String editor, HttpSession session) {
        // The form is being started, not submitted: the empty fields are not errors yet.
        model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "form");
        String url;
        try {
            url = SourceUrl.normalise(Forms.text(form.getUrl()) == null ? "" : form.getUrl());
        } catch (IllegalArgumentException e) {
            model.addAttribute("fetchProblem", "Could not read the page: " + e.getMessage());
            return "sources/form";
        }
        form.setUrl(url);
        sources.atUrl(url, null).ifPresent(existing -> model.addAttribute("duplicateOf", existing));
        try {
            SourcePageReader.PageWithText read = pages.readWithText(url, editor);
            PageMetadata page = read.metadata();
            fill(form, page);
            String copy = FetchedCopies.keep(session, url, read.text(), clock.instant())
                    ? " Its text is kept with the source when you save, to check quotes against."
                    : "";
            model.addAttribute(
                    "fetched",
                    (page.found().isEmpty()
                                    ? "The page says nothing about itself that we can read: fill in the details by hand."
                                    : "Filled in from the page: " + String.join(", ", page.found())
                                            + ". Check each before saving.")
                            + copy);
        } catch (SourcePageReader.Unreadable e) {
            model.addAttribute(
                    "fetchProblem", "Could not read the page: " + e.getMessage() + ". Fill in the details by hand.");
        }
        return "sources/form";
    }

    private void fill(SourceForm form, PageMetadata page) {
        if (form.getKind() == null) {
            form.setKind(SourceKind.NEWS_REPORT);
        }
        if (Forms.text(form.getTitle()) == null) {
            form.setTitle(page.title());
        }
        if (Forms.text(form.getAuthor()) == null) {
            form.setAuthor(page.author());
        }
        if (Forms.text(form.getPublished()) == null && page.published() != null) {
            form.setPublished(page.published().toString());
        }
        if (form.getPublisherId() == null
                && Forms.text(form.getNewPublisherName()) == null
                && page.publisher() != null) {
            // The desk's own actor for that publisher: of that name, or the one its other sources
            // from this site name, or the one name like it ("POLITICO" → Politico Europe).
            Optional<Long> known = actors.findByName(page.publisher())
                    .map(Actor::getId)
                    .or(() -> sources.publisherAtSiteOf(form.getUrl()))
                    .or(() -> onlyOne(actors.resembling(page.publisher())).map(Actor::getId));
            known.ifPresentOrElse(form::setPublisherId, () -> form.setNewPublisherName(page.publisher()));
        }
        if (form.getRetrievedOn() == null) {
            form.setRetrievedOn(LocalDate.now(clock));
        }
    }

    /**
     * Checks what annotations cannot: addresses, the date, the publisher, a duplicate address. An
     * address the editor left as it was stored is kept as it is, unjudged: older releases stored
     * addresses today's rules would refuse or fold into another source's, and such a source must
     * stay editable (its title, its date) until an admin merges it.
     */
    private SourceService.SourceDetails details(SourceForm form, BindingResult result, Source stored, Model model) {
        boolean addressKept =
                stored != null && stored.getUrl() != null && stored.getUrl().equals(Forms.text(form.getUrl()));
        String url = addressKept ? stored.getUrl() : normalisedUrl(form.getUrl(), "url", result);
        boolean archiveKept = stored != null
                && stored.getArchiveUrl() != null
                && stored.getArchiveUrl().equals(Forms.text(form.getArchiveUrl()));
        String archiveUrl =
                archiveKept ? stored.getArchiveUrl() : normalisedUrl(form.getArchiveUrl(), "archiveUrl", result);
        Long id = stored == null ? null : stored.getId();
        FuzzyDate published = Forms.fuzzyDate(result, "published", form.getPublished(), form.getPublishedLabel());
        if (form.getPublisherId() != null && Forms.text(form.getNewPublisherName()) != null) {
            result.rejectValue(
                    "newPublisherName", "publisher.both", "Pick an existing publisher or name a new one, not both.");
        }
        checkNewPublisher(form, result, model);
        if (form.getPublisherId() != null && actors.find(form.getPublisherId()).isEmpty()) {
            result.rejectValue("publisherId", "publisher.unknown", "That publisher no longer exists; pick another.");
        }
        if (addressKept) {
            noteSharedAddress(stored, model);
        } else if (url != null && !result.hasFieldErrors("url")) {
            sources.atUrl(url, id).ifPresent(existing -> {
                model.addAttribute("duplicateOf", existing);
                result.rejectValue("url", "url.duplicate", "A source with this address already exists.");
            });
        }
        return new SourceService.SourceDetails(
                form.getKind(),
                Forms.text(form.getTitle()),
                form.isTitleIsDescription(),
                form.getPublisherId(),
                Forms.text(form.getNewPublisherName()),
                Forms.text(form.getAuthor()),
                url,
                archiveUrl,
                published,
                form.getRetrievedOn());
    }

    /** A source from before addresses were compared may share its address with another: say so, refuse nothing. */
    private void noteSharedAddress(Source source, Model model) {
        if (source.getUrl() != null) {
            sources.atUrl(source.getUrl(), source.getId())
                    .ifPresent(other -> model.addAttribute("sharesAddressWith", other));
        }
    }

    private static String normalisedUrl(String text, String field, BindingResult result) {
        if (Forms.text(text) == null) {
            return null;
        }
        try {
            return SourceUrl.normalise(text);
        } catch (IllegalArgumentException e) {
            result.rejectValue(field, "url.invalid", e.getMessage());
            return null;
        }
    }

    /**
     * A new publisher whose name resembles actors on file is asked about before it is made: one
     * such actor is chosen instead (the editor saves again to keep it), several are named.
     */
    private void checkNewPublisher(SourceForm form, BindingResult result, Model model) {
        String name = Forms.text(form.getNewPublisherName());
        if (form.getPublisherId() != null || name == null || form.isNewPublisherDistinct()) {
            return;
        }
        List<Actor> like = actors.resembling(name).stream()
                .filter(actor -> !actor.getName().equalsIgnoreCase(name))
                .toList();
        if (like.size() == 1) {
            form.setPublisherId(like.get(0).getId());
            form.setNewPublisherName(null);
            result.rejectValue(
                    "publisherId",
                    "publisher.resembles",
                    "“" + name + "” is taken as " + like.get(0).getName()
                            + ", already on file: save again to keep it, or name the new publisher again and tick "
                            + "that it is new.");
        } else if (!like.isEmpty()) {
            model.addAttribute("publisherResembling", like);
            result.rejectValue(
                    "newPublisherName",
                    "publisher.resembles",
                    "Already on file under a name like this: "
                            + String.join(
                                    ", ", like.stream().map(Actor::getName).toList())
                            + ". Pick it among the publishers, or tick that it is new.");
        }
    }

    private static <T> Optional<T> onlyOne(List<T> items) {
        return items.size() == 1 ? Optional.of(items.get(0)) : Optional.empty();
    }

    private String duplicateAfterRace(SourceService.DuplicateUrl duplicate, BindingResult result, Model model) {
        model.addAttribute("duplicateOf", duplicate.existing());
        result.rejectValue("url", "url.duplicate", "A source with this address was saved a moment ago.");
        return "sources/form";
    }

    private Source find(long id) {
        return sources.find(id).orElseThrow(() -> NotFound.source(id));
    }
}
