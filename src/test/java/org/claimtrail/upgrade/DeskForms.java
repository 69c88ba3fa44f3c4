package org.claimtrail.upgrade;

import java.net.http.HttpResponse;
import java.util.Map;
import org.claimtrail.testapp.HtmlForm;
import org.claimtrail.testapp.WebSession;
import org.jsoup.Jsoup;

/**
 * An editor at a release's own forms over HTTP, as a person without JavaScript uses them: opens
 * the form, changes some fields, leaves the rest as the page filled them in, and saves. Any save
 * the application did not acknowledge (a redirect) stops the run with the page's messages, so a
 * database written this way holds exactly the saves the script lists.
 */
final class DeskForms {

    private final WebSession session;

    DeskForms(WebSession session) {
        this.session = session;
    }

    static DeskForms signIn(String baseUrl, String username, String password) {
        WebSession session = new WebSession(baseUrl);
        HttpResponse<String> signedIn = session.signIn(username, password);
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException(
                    "Sign-in of " + username + " refused: " + signedIn.statusCode() + " " + location);
        }
        return new DeskForms(session);
    }

    /** The form on {@code page} that posts to {@code page} itself, saved with the changes. */
    String save(String page, Map<String, String> changes) {
        return save(page, page, changes);
    }

    /** Opens {@code page}, changes its form that posts to {@code action}, saves; returns where the save led. */
    String save(String page, String action, Map<String, String> changes, String... cleared) {
        HttpResponse<String> shown = session.get(page);
        if (shown.statusCode() != 200) {
            throw new IllegalStateException("GET " + page + " answered " + shown.statusCode());
        }
        HtmlForm form = HtmlForm.from(shown.body(), "main form[action=\"" + action + "\"]");
        changes.forEach(form::set);
        for (String field : cleared) {
            form.remove(field);
        }
        return post(action, form.encoded());
    }

    /** A form with nothing to fill in but its token (remove, publish). */
    String press(String page, String action) {
        return save(page, action, Map.of());
    }

    private String post(String action, String body) {
        HttpResponse<String> saved = session.postEncoded(action, body);
        if (saved.statusCode() != 302) {
            var html = Jsoup.parse(saved.body());
            throw new IllegalStateException("Not saved: POST " + action + " answered " + saved.statusCode() + ": "
                    + html.select(".error-summary, .field-error, [role=alert], .flash-error, main p")
                            .eachText());
        }
        String location = saved.headers().firstValue("Location").orElse("");
        String flash = location.isEmpty()
                ? ""
                : Jsoup.parse(session.get(location.replaceFirst("^https?://[^/]+", ""))
                                .body())
                        .select("[role=status], .flash, .flash-error")
                        .text();
        if (flash.startsWith("Not ")) {
            throw new IllegalStateException("Refused: POST " + action + ": " + flash);
        }
        return location;
    }
}
