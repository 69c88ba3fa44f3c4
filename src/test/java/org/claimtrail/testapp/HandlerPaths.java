package org.claimtrail.testapp;

import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.List;
import java.util.Set;

/**
 * Every path the application maps, with sample values for its variables, so that security
 * tests cover a new page or form as soon as it exists, without anyone listing it.
 */
public final class HandlerPaths {

    private HandlerPaths() {
    }

    /** Mapped paths for the method; GET includes mappings that accept any method. */
    public static List<String> of(RequestMappingHandlerMapping mappings, RequestMethod method) {
        return mappings.getHandlerMethods().keySet().stream()
                .filter(info -> accepts(info, method))
                .flatMap(info -> info.getPatternValues().stream())
                .filter(pattern -> !pattern.startsWith("/error") && !pattern.equals("/login") && !pattern.equals("/logout"))
                .map(HandlerPaths::sample)
                .distinct()
                .sorted()
                .toList();
    }

    private static boolean accepts(RequestMappingInfo info, RequestMethod method) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        return methods.contains(method) || (methods.isEmpty() && method == RequestMethod.GET);
    }

    /** The seed story's values: the claim, actor, source, attribution and link that exist from the start. */
    public static String sample(String pattern) {
        String slug = pattern.startsWith("/actors") ? "elon-musk"
                : pattern.startsWith("/stories") ? "musk-putin-contacts" : "musk-holds-a-security-clearance";
        return pattern.replace("{slug}", slug).replace("{id}", "1").replace("{linkId}", "1");
    }
}
