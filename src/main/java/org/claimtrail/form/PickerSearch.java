package org.claimtrail.form;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The form side of the pickers ({@link Choices}), for controllers only: services build choices and
 * reach Forms too, so neither may know MVC.
 */
public final class PickerSearch {

    private PickerSearch() {}

    /**
     * True when the editor typed something to find in any of a form's picker boxes: the post finds
     * and saves nothing, so the form (model attribute {@code form}) comes back without the refusals
     * a save would give ("Pick the source").
     */
    public static boolean findingOnly(Model model, String... typed) {
        for (String text : typed) {
            if (TextSearch.clean(text) != null) {
                model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "form");
                return true;
            }
        }
        return false;
    }
}
