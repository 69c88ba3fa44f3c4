package org.claimtrail.form;

import java.beans.PropertyEditorSupport;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every piece of text a request binds (form fields, query parameters, path variables) loses the
 * characters nobody types on purpose and that PostgreSQL or XML cannot hold: a pasted NUL made a
 * save fail with a database error (found by HostileInputIT), and a U+FFFF in a statement broke
 * the Atom feed for everyone. So they are never stored. Tabs and line breaks stay; they are text.
 * Writers of XML apply {@link #clean} too, for what was stored before this rule.
 */
@ControllerAdvice
public class StorableText {

    @InitBinder
    void removeUnstorableCharacters(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(clean(text));
            }
        });
    }

    /**
     * The text without C0 controls other than tab, line feed and carriage return, without DEL and
     * the C1 controls, unpaired surrogates and Unicode noncharacters (U+FDD0–U+FDEF, U+xFFFE, U+xFFFF):
     * what remains is legal XML 1.0, storable in PostgreSQL and not an error in HTML.
     */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        int i = 0;
        while (i < text.length() && isStorable(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length()).append(text, 0, i);
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            if (isStorable(codePoint)) {
                kept.appendCodePoint(codePoint);
            }
            i += Character.charCount(codePoint);
        }
        return kept.toString();
    }

    static boolean isStorable(int codePoint) {
        if (codePoint == '\t' || codePoint == '\n' || codePoint == '\r') {
            return true;
        }
        return codePoint >= 0x20
                && !(codePoint >= 0x7F && codePoint <= 0x9F)
                // codePointAt yields a lone surrogate as itself: it has no partner.
                && !(codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE)
                && !(codePoint >= 0xFDD0 && codePoint <= 0xFDEF)
                && (codePoint & 0xFFFE) != 0xFFFE;
    }
}
