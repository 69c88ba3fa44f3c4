package org.claimtrail.errors;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimtrail.form.Forms;
import org.claimtrail.form.StorableText;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * The answer to a save the database could not take: 503, "nothing was saved", and every field the
 * editor sent, shown and ready to send again to the same address, so no typed word is lost
 * whichever form it was.
 */
final class NotSaved {

    /** A field as sent (all are resent) and as shown (the ones with something in them). */
    record Field(String name, String label, String value) {}

    private NotSaved() {}

    static ModelAndView page(HttpServletRequest request, String reason) {
        List<Field> fields = new ArrayList<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("_csrf")) {
                for (String value : values) {
                    // What the binder would have kept (StorableText): a NUL cannot be shown or sent back.
                    fields.add(new Field(
                            StorableText.clean(name), label(StorableText.clean(name)), StorableText.clean(value)));
                }
            }
        });
        String query = request.getQueryString();
        ModelAndView page = new ModelAndView("error/not-saved", HttpStatus.SERVICE_UNAVAILABLE);
        page.addObject("status", 503);
        page.addObject("message", reason);
        page.addObject("action", Forms.localPath(request.getRequestURI() + (query == null ? "" : "?" + query), "/"));
        // The query's own parameters travel in the action's address: resend only the form's.
        page.addObject(
                "fields",
                fields.stream()
                        .filter(f -> query == null || !inQuery(query, f.name()))
                        .toList());
        page.addObject(
                "shown",
                fields.stream()
                        .filter(f -> !f.value().isBlank()
                                && !f.name().startsWith("_")
                                && !f.name().equals("version"))
                        .toList());
        return page;
    }

    /** "speakerDescription" → "Speaker description". */
    static String label(String name) {
        String words =
                name.replaceAll("([a-z])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? name : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static boolean inQuery(String query, String name) {
        for (String pair : query.split("&")) {
            if (pair.equals(name) || pair.startsWith(name + "=")) {
                return true;
            }
        }
        return false;
    }
}
