package org.claimtrail.form;

import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Consumer;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/**
 * The page an editor sees when someone else saved first ({@link org.claimtrail.database.Versions}
 * refuses such a save in the service).
 */
public final class EditConflicts {

    private EditConflicts() {}

    /**
     * Shows the form again after someone else saved first: their version ({@code current}) beside
     * the editor's input, with 409 Conflict, and the form moved to their version so that saving
     * again overwrites knowingly rather than by accident.
     */
    public static String show(
            Model model,
            HttpServletResponse response,
            Object current,
            long currentVersion,
            Consumer<Long> formVersion,
            String view) {
        model.addAttribute("current", current);
        formVersion.accept(currentVersion);
        response.setStatus(HttpStatus.CONFLICT.value());
        return view;
    }
}
