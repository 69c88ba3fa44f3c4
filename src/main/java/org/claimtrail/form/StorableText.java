package org.claimtrail.form;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import java.beans.PropertyEditorSupport;
import java.util.regex.Pattern;

/**
 * Every piece of text a request binds (form fields, query parameters, path variables) loses the
 * control characters nobody types on purpose and PostgreSQL cannot store: a pasted NUL made a
 * save, a filter or a CSV export fail with a database error (found by HostileInputIT).
 * Tabs and line breaks stay; they are text.
 */
@ControllerAdvice
class StorableText {

    private static final Pattern UNSTORABLE = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    @InitBinder
    void removeUnstorableCharacters(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(text == null ? null : UNSTORABLE.matcher(text).replaceAll(""));
            }
        });
    }
}
