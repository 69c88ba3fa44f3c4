package org.claimtrail.form;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What an editor typed into a form, kept while they add something the form needs on another form
 * (a new source for an attribution, a new actor for a claim's subjects), so that nothing typed is
 * lost. The "Add a new …" control is a submit button of the form itself, so this works without
 * JavaScript: its post is kept as it was sent, in the editor's session under a random key, and the
 * other form comes back to the first one with that key and the new item, which the first form
 * binds onto a fresh form object before showing it.
 */
public final class FormDrafts {

    /** The request parameter that names the button's errand, e.g. {@code add=source}. */
    public static final String ERRAND = "add";

    /** The parameter that carries a kept draft's key back to its form. */
    public static final String KEY = "draft";

    private static final String SESSION_ATTRIBUTE = FormDrafts.class.getName();

    /** Set on a request whose form a controller restored itself, so {@link DraftsOnForms} leaves it. */
    static final String RESTORED = FormDrafts.class.getName() + ".restored";

    /** Drafts a session keeps, the oldest forgotten first: an editor has one detour open at a time, rarely more. */
    static final int KEPT = 5;

    /** Not kept: the CSRF token is the session's own, and the buttons only said what to do with the post. */
    private static final Set<String> NOT_KEPT = Set.of("_csrf", "check", "fetch", ERRAND);

    private static final SecureRandom RANDOM = new SecureRandom();

    private FormDrafts() {}

    /**
     * Keeps the form this request posted and answers the redirect to {@code otherForm} (e.g.
     * {@code /sources/new}), whose save comes back to {@code backTo} with the draft's key.
     */
    public static String detour(HttpServletRequest request, String otherForm, String backTo) {
        String back = withKey(backTo, keep(request.getSession(), request.getParameterMap()));
        return "redirect:"
                + UriComponentsBuilder.fromPath(otherForm)
                        .queryParam("returnTo", "{back}")
                        .encode()
                        .buildAndExpand(back)
                        .toUriString();
    }

    /**
     * Keeps {@code fields} (a form's parameters as sent) as a draft of the session, and returns its
     * key. The CSRF token and the buttons' errands are left out.
     */
    public static String keep(HttpSession session, Map<String, String[]> fields) {
        HashMap<String, String[]> kept = new HashMap<>();
        fields.forEach((name, values) -> {
            if (!NOT_KEPT.contains(name)) {
                // Bound later by a binder of our own, outside StorableText's advice: cleaned here.
                kept.put(
                        StorableText.clean(name),
                        java.util.Arrays.stream(values).map(StorableText::clean).toArray(String[]::new));
            }
        });
        LinkedHashMap<String, HashMap<String, String[]>> drafts = drafts(session);
        String key = Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
        drafts.put(key, kept);
        while (drafts.size() > KEPT) {
            drafts.remove(drafts.keySet().iterator().next());
        }
        // Set again, not only changed: a session kept in the database writes what is set.
        session.setAttribute(SESSION_ATTRIBUTE, drafts);
        return key;
    }

    /** {@code formPath} with a draft's key added to its query. */
    public static String withKey(String formPath, String key) {
        return UriComponentsBuilder.fromUriString(formPath)
                .queryParam(KEY, "{key}")
                .encode()
                .buildAndExpand(key)
                .toUriString();
    }

    /**
     * Binds the draft kept under {@code key} onto {@code form}. It stays kept, so reloading the page
     * or coming back to it again shows the same input. False when there is no such draft: another
     * session's key, one forgotten for newer ones, or a session that ended.
     */
    public static boolean restore(HttpServletRequest request, String key, Object form) {
        HttpSession session = request.getSession(false);
        if (key == null || session == null) {
            return false;
        }
        HashMap<String, String[]> fields = drafts(session).get(key);
        if (fields == null) {
            return false;
        }
        request.setAttribute(RESTORED, key);
        WebDataBinder binder = new WebDataBinder(form);
        // Every form of the site has flat field names. An indexed or nested name in a kept post
        // ("subjects[99999]") would let its sender size a list or reach into an object: not bound.
        binder.setDisallowedFields("*[*", "*.*");
        binder.bind(new MutablePropertyValues(fields));
        return true;
    }

    /** The address a form goes back to after adding {@code name}: {@code returnTo} with it added to the query. */
    public static String back(String returnTo, String name, Object value) {
        return "redirect:"
                + UriComponentsBuilder.fromUriString(returnTo)
                        .queryParam(name, "{value}")
                        .encode()
                        .buildAndExpand(value)
                        .toUriString();
    }

    @SuppressWarnings("unchecked")
    private static LinkedHashMap<String, HashMap<String, String[]>> drafts(HttpSession session) {
        Object kept = session.getAttribute(SESSION_ATTRIBUTE);
        return kept instanceof LinkedHashMap<?, ?> drafts
                ? (LinkedHashMap<String, HashMap<String, String[]>>) drafts
                : new LinkedHashMap<>();
    }
}
