package org.claimtrail.desk;

import org.claimtrail.access.AdminsOnly;
import org.claimtrail.form.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The desk's work states, as an admin sets them: rename one, move it in the order, add one. A
 * state keeps its code whatever it is called, so claims in it stay in it.
 */
@Controller
@AdminsOnly
class WorkStatesController {

    private final WorkService work;

    WorkStatesController(WorkService work) {
        this.work = work;
    }

    @GetMapping("/admin/work-states")
    String list(Model model) {
        model.addAttribute("states", work.states());
        return "desk/work-states";
    }

    @PostMapping("/admin/work-states")
    String add(
            @RequestParam(required = false) String label,
            @RequestParam(required = false) String position,
            RedirectAttributes redirect) {
        return answer(work.addState(Forms.text(label), position(position)), label, redirect);
    }

    @PostMapping("/admin/work-states/{code}")
    String change(
            @PathVariable String code,
            @RequestParam(required = false) String label,
            @RequestParam(required = false) String position,
            RedirectAttributes redirect) {
        return answer(work.changeState(code, Forms.text(label), position(position)), label, redirect);
    }

    private static String answer(WorkService.StateChange outcome, String label, RedirectAttributes redirect) {
        String problem = switch (outcome) {
            case SAVED -> null;
            case NO_LABEL -> "Not saved: give the state a name of 1 to 60 characters.";
            case BAD_POSITION -> "Not saved: the position is a whole number from 1 to 10,000.";
            case POSITION_TAKEN -> "Not saved: another state has that position; choose a free one.";
            case NAME_TAKEN -> "Not saved: a state of that name exists.";
            case NO_SUCH_STATE -> "Not saved: there is no such state (renamed or removed meanwhile?).";
        };
        if (problem == null) {
            redirect.addFlashAttribute("flash", "Work state saved.");
        } else {
            redirect.addFlashAttribute("flashError", problem);
            redirect.addFlashAttribute("typedLabel", label);
        }
        return "redirect:/admin/work-states";
    }

    /** The position typed, or null when it is not a whole number in range (reported by the service). */
    private static Integer position(String typed) {
        try {
            int value = Integer.parseInt(typed == null ? "" : typed.strip());
            return value >= 1 && value <= 10_000 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
