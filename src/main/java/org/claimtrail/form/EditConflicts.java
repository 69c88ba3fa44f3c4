package org.claimtrail.form;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.Model;

import java.util.function.Consumer;

/**
 * No lost updates: an edit names the version it started from. If the stored version moved on,
 * someone else saved in between, and the edit is refused the same way Hibernate refuses a
 * concurrent flush, so controllers handle both races in one place.
 */
public final class EditConflicts {

    private EditConflicts() {
    }

    /**
     * Shows the form again after someone else saved first: their version ({@code current}) beside
     * the editor's input, with 409 Conflict, and the form moved to their version so that saving
     * again overwrites knowingly rather than by accident.
     */
    public static String show(Model model, HttpServletResponse response, Object current, long currentVersion,
                              Consumer<Long> formVersion, String view) {
        model.addAttribute("current", current);
        formVersion.accept(currentVersion);
        response.setStatus(HttpStatus.CONFLICT.value());
        return view;
    }

    public static void check(Class<?> type, Object id, Long expectedVersion, long currentVersion) {
        if (expectedVersion == null || expectedVersion != currentVersion) {
            throw new ObjectOptimisticLockingFailureException(type, id);
        }
    }
}
