package org.claimtrail.account;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.claimtrail.form.FormDrafts;
import org.claimtrail.form.Forms;
import org.claimtrail.form.StorableText;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * A form sent after the editor's session ended is not saved, and not lost either. The answer is the
 * sign-in form carrying every field as it was sent, as hidden fields of the page: no session holds
 * them, so a visitor still gets none. Signing in there makes them a draft of the new session
 * ({@link FormDrafts}) and brings the form back filled, to check and send again.
 */
final class SessionEndedPosts {

    /** Where the sign-in form with the carried fields is rendered: the entry point forwards there. */
    static final String PAGE = "/login/session-ended";

    /** The form page the carried fields go back to. */
    static final String CARRIED_TO = "carriedTo";

    /** The prefix of a carried field's name in the sign-in form, so none can pass for the sign-in's own. */
    static final String CARRIED = "carried.";

    /** The request attribute that says why a sign-in carrying fields was refused (a {@link SignInRefusal}). */
    static final String REFUSAL = SessionEndedPosts.class.getName() + ".refusal";

    /** A field as it will be carried. */
    record Field(String name, String value) {}

    private SessionEndedPosts() {}

    /**
     * The entry point for a form posted without a signed-in session to a page that has a form to
     * come back to; every other request gets {@code otherwise} (the redirect to sign in).
     */
    static AuthenticationEntryPoint entryPoint(
            Supplier<RequestMappingHandlerMapping> pages, AuthenticationEntryPoint otherwise) {
        return (request, response, refused) -> {
            if (isFormPost(request) && hasFormPage(pages.get(), request)) {
                request.getRequestDispatcher(PAGE).forward(request, response);
            } else {
                otherwise.commence(request, response, refused);
            }
        };
    }

    /** The fields to carry: the post's own, or, after a refused sign-in that carried some, those again. */
    static List<Field> fields(HttpServletRequest request) {
        boolean again = request.getParameter(CARRIED_TO) != null;
        List<Field> fields = new ArrayList<>();
        request.getParameterMap().forEach((name, values) -> {
            String carried = again
                    ? (name.startsWith(CARRIED) ? name.substring(CARRIED.length()) : null)
                    : (name.equals("_csrf") ? null : name);
            if (carried != null) {
                for (String value : values) {
                    // Written into the page: what HTML, XML or PostgreSQL cannot hold is left out.
                    fields.add(new Field(StorableText.clean(carried), StorableText.clean(value)));
                }
            }
        });
        return fields;
    }

    /** The form page to go back to: the one carried, or the address the form was posted to. */
    static String carriedTo(HttpServletRequest request) {
        String carried = request.getParameter(CARRIED_TO);
        if (carried != null) {
            return Forms.localPath(carried, null);
        }
        // Only a post the entry point forwarded here has a form to go back to; one sent here directly has none.
        return request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI) instanceof String posted
                ? Forms.localPath(posted, null)
                : null;
    }

    /**
     * After a successful sign-in: the carried fields as a draft of the new session, and the address
     * of their form with the draft's key; null when the sign-in carried nothing.
     */
    static String afterSignIn(HttpServletRequest request) {
        String form = Forms.localPath(request.getParameter(CARRIED_TO), null);
        if (form == null) {
            return null;
        }
        Map<String, String[]> fields = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (name.startsWith(CARRIED)) {
                fields.put(name.substring(CARRIED.length()), values);
            }
        });
        return FormDrafts.withKey(form, FormDrafts.keep(request.getSession(), fields));
    }

    private static boolean isFormPost(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equals(request.getMethod())
                && type != null
                && type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)
                && !request.getRequestURI().startsWith("/api/")
                && !request.getRequestURI().startsWith("/login");
    }

    /** True when the address the form was posted to also shows a form (GET): only there can it come back. */
    private static boolean hasFormPage(RequestMappingHandlerMapping pages, HttpServletRequest request) {
        HttpServletRequest asGet = new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return "GET";
            }
        };
        // Outside the DispatcherServlet the path is not parsed yet; the mapping matches on it.
        boolean parsedHere = !ServletRequestPathUtils.hasParsedRequestPath(request);
        try {
            if (parsedHere) {
                ServletRequestPathUtils.parseAndCache(request);
            }
            HandlerExecutionChain page = pages.getHandler(asGet);
            return page != null;
        } catch (Exception noPage) {
            return false;
        } finally {
            if (parsedHere) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            }
        }
    }
}
