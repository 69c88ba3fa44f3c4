package org.claimtrail.desk;

import java.security.Principal;
import org.claimtrail.access.EditorsOnly;
import org.claimtrail.attribution.AttributionQueries;
import org.claimtrail.claim.ClaimQueries;
import org.claimtrail.claim.ClaimView;
import org.claimtrail.form.Forms;
import org.claimtrail.site.NotFound;
import org.claimtrail.source.SourceQueries;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adding a note to a claim (from the claim's page) and editing one's own. A note refused is never
 * lost: its words come back in the box they were typed in, with the reason.
 */
@Controller
@EditorsOnly
class NoteController {

    private final NoteService notes;
    private final ClaimQueries claims;
    private final AttributionQueries attributions;
    private final SourceQueries sources;

    NoteController(NoteService notes, ClaimQueries claims, AttributionQueries attributions, SourceQueries sources) {
        this.notes = notes;
        this.claims = claims;
        this.attributions = attributions;
        this.sources = sources;
    }

    /** A note on an attribution, from the attribution's page. */
    @PostMapping("/attributions/{id}/notes")
    String addToAttribution(
            @PathVariable long id,
            @RequestParam(required = false) String body,
            Principal editor,
            RedirectAttributes redirect) {
        attributions.load(id);
        return addTo(NoteTarget.ATTRIBUTION, id, "/attributions/" + id, body, editor, redirect);
    }

    /** A note on a source, from the source's page. */
    @PostMapping("/sources/{id}/notes")
    String addToSource(
            @PathVariable long id,
            @RequestParam(required = false) String body,
            Principal editor,
            RedirectAttributes redirect) {
        sources.byId(id).orElseThrow(() -> NotFound.source(id));
        return addTo(NoteTarget.SOURCE, id, "/sources/" + id, body, editor, redirect);
    }

    private String addTo(
            NoteTarget target, long id, String page, String body, Principal editor, RedirectAttributes redirect) {
        String text = Forms.text(body);
        String problem = problem(text);
        if (problem != null) {
            redirect.addFlashAttribute("flashError", "Note not saved: " + problem);
            redirect.addFlashAttribute("noteDraft", body);
            return "redirect:" + page + "#notes";
        }
        notes.addTo(target, id, text, editor.getName());
        redirect.addFlashAttribute("flash", "Note added. Editors only see it.");
        return "redirect:" + page + "#notes";
    }

    @PostMapping("/claims/{slug}/notes")
    String add(
            @PathVariable String slug,
            @RequestParam(required = false) String body,
            Principal editor,
            RedirectAttributes redirect) {
        ClaimView claim = claims.load(slug);
        String text = Forms.text(body);
        String problem = problem(text);
        if (problem != null) {
            redirect.addFlashAttribute("flashError", "Note not saved: " + problem);
            redirect.addFlashAttribute("noteDraft", body);
            return "redirect:/claims/" + slug + "#notes";
        }
        notes.addToClaim(claim.id(), text, editor.getName());
        redirect.addFlashAttribute("flash", "Note added. Editors only see it.");
        return "redirect:/claims/" + slug + "#notes";
    }

    @GetMapping("/notes/{id}/edit")
    String editForm(@PathVariable long id, Principal editor, Model model) {
        DeskNote note = yours(id, editor);
        return show(model, note, note.body(), note.version(), null);
    }

    @PostMapping("/notes/{id}/edit")
    String edit(
            @PathVariable long id,
            @RequestParam(required = false) String body,
            @RequestParam(required = false) Long version,
            Principal editor,
            Model model,
            RedirectAttributes redirect) {
        DeskNote note = yours(id, editor);
        String text = Forms.text(body);
        String problem = problem(text);
        if (problem == null && version == null) {
            problem = "the form did not say which version of the note it edits; open the note again.";
        }
        if (problem != null) {
            return show(model, note, body, version == null ? note.version() : version, "Not saved: " + problem);
        }
        return switch (notes.edit(id, text, editor.getName(), version)) {
            case SAVED -> {
                redirect.addFlashAttribute("flash", "Note saved.");
                yield "redirect:" + pageOf(note) + "#notes";
            }
            case CHANGED_SINCE_READ ->
                show(
                        model,
                        notes.note(id).orElse(note),
                        body,
                        version,
                        "Not saved: the note was saved again after you opened it (in another tab?). It now reads: “"
                                + notes.note(id).map(DeskNote::body).orElse("") + "”. Your words are below.");
            case GONE -> throw new NotFound("There is no note number " + id + ".");
            case NOT_YOURS -> throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only its author edits a note.");
        };
    }

    private DeskNote yours(long id, Principal editor) {
        DeskNote note = notes.note(id).orElseThrow(() -> new NotFound("There is no note number " + id + "."));
        if (!note.writtenBy(editor.getName())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only its author edits a note.");
        }
        return note;
    }

    private String show(Model model, DeskNote note, String body, long version, String error) {
        model.addAttribute("note", note);
        model.addAttribute("notePage", pageOf(note));
        model.addAttribute("body", body);
        model.addAttribute("version", version);
        model.addAttribute("error", error);
        model.addAttribute("maxLength", NoteService.MAX_LENGTH);
        return "desk/note-form";
    }

    /** The page a note is on: its claim's, attribution's or source's. */
    private String pageOf(DeskNote note) {
        return note.onClaim() ? "/claims/" + slugOf(note) : note.itemPath();
    }

    private String slugOf(DeskNote note) {
        return claims.rowsInOrder(java.util.List.of(note.claimId())).stream()
                .findFirst()
                .map(row -> row.slug())
                .orElseThrow(() -> new NotFound("The claim of note number " + note.id() + " is gone."));
    }

    private static String problem(String text) {
        if (text == null) {
            return "write the note first.";
        }
        if (text.length() > NoteService.MAX_LENGTH) {
            return "a note holds at most " + String.format("%,d", NoteService.MAX_LENGTH) + " characters (this one has "
                    + String.format("%,d", text.length()) + ").";
        }
        return null;
    }
}
