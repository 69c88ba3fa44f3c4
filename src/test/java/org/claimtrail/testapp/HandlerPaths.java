package org.claimtrail.testapp;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every path the application maps, with sample values for its variables, so that security
 * tests cover a new page or form as soon as it exists, without anyone listing it.
 */
public final class HandlerPaths {

    /** One mapped pattern, how it may be called, who the test expects may call it, and its handler. */
    public record Mapping(String pattern, RequestMethod method, Access access, HandlerMethod handler) {

        public String samplePath() {
            return sample(pattern);
        }
    }

    /**
     * Who may call a handler, as the site's rules say it in words (README, Editors), written here
     * independently of the code under test: accounts and hard deletes for admins; one's own
     * password and the recent changes for whoever is signed in; the desk's own pages, every page
     * that prepares a change and every change for editors; every other page for everyone.
     */
    public enum Access {
        PUBLIC,
        SIGNED_IN,
        EDITOR,
        ADMIN;

        static Access of(String pattern, RequestMethod method) {
            if (pattern.startsWith("/admin/") || pattern.endsWith("/delete") || pattern.endsWith("/merge")) {
                return ADMIN;
            }
            if (pattern.startsWith("/account/") || pattern.equals("/history/recent")) {
                return SIGNED_IN;
            }
            if (pattern.startsWith("/desk")
                    || pattern.startsWith("/import/")
                    || pattern.endsWith("/import")
                    || pattern.endsWith("/new")
                    || pattern.endsWith("/edit")
                    || pattern.endsWith("/withdraw")
                    || pattern.endsWith("/verdict")
                    || (method != RequestMethod.GET && method != RequestMethod.HEAD)) {
                return EDITOR;
            }
            return PUBLIC;
        }
    }

    private HandlerPaths() {}

    /** Mapped paths for the method; GET includes mappings that accept any method. */
    public static List<String> of(RequestMappingHandlerMapping mappings, RequestMethod method) {
        return mappings(mappings).stream()
                .filter(m -> m.method() == method)
                .map(Mapping::samplePath)
                .distinct()
                .sorted()
                .toList();
    }

    /** Every mapping, one per pattern and method (GET for mappings that accept any method). */
    public static List<Mapping> mappings(RequestMappingHandlerMapping mappings) {
        return mappings.getHandlerMethods().entrySet().stream()
                .flatMap(entry -> methods(entry.getKey()).stream()
                        .flatMap(method -> entry.getKey().getPatternValues().stream()
                                // Signing in and out, and the sign-in that carries a form sent after its
                                // session ended (/login/session-ended), have proofs of their own.
                                .filter(pattern -> !pattern.startsWith("/error")
                                        && !pattern.startsWith("/login")
                                        && !pattern.equals("/logout"))
                                .map(pattern ->
                                        new Mapping(pattern, method, Access.of(pattern, method), entry.getValue()))))
                .sorted(Comparator.comparing(Mapping::pattern).thenComparing(Mapping::method))
                .toList();
    }

    private static Set<RequestMethod> methods(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        return methods.isEmpty() ? Set.of(RequestMethod.GET) : methods;
    }

    /** The seed story's values: the claim, actor, source, attribution and link that exist from the start. */
    public static String sample(String pattern) {
        String slug = pattern.startsWith("/actors")
                ? "elon-musk"
                : pattern.startsWith("/stories") ? "musk-putin-contacts" : "musk-holds-a-security-clearance";
        // {section}: a list other modules add to an actor's page (ActorPageSection); the first of them.
        // {code}: a work state's code (WorkStatesController); the first of the desk's defaults.
        String path = pattern.replace("{slug}", slug)
                .replace("{id}", "1")
                .replace("{linkId}", "1")
                .replace("{section}", "statements")
                .replace("{code}", "to-check");
        if (path.contains("{")) {
            throw new IllegalStateException(
                    "HandlerPaths has no sample value for a variable of " + pattern + ": add one to sample()");
        }
        return path;
    }
}
