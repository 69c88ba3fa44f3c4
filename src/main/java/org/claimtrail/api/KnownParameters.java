package org.claimtrail.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.claimtrail.form.StorableText;
import org.claimtrail.paging.ParameterProblem;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * An API operation refuses a parameter it does not take, naming it: {@code ?page=3} on a list
 * paged by cursor would otherwise quietly answer the first page, and a misspelt filter
 * ({@code ?stauts=}) the whole list. The operation's parameters are read from its handler. A value
 * holding control characters is refused too.
 */
@Configuration(proxyBeanMethods = false)
class KnownParameters implements WebMvcConfigurer, HandlerInterceptor {

    private static final int LONGEST_NAME_SHOWN = 40;
    private final Map<Method, Set<String>> parametersByHandler = new ConcurrentHashMap<>();

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)
                || !method.getBeanType().getPackageName().equals(KnownParameters.class.getPackageName())) {
            return true;
        }
        Set<String> known = parametersByHandler.computeIfAbsent(method.getMethod(), m -> namesOf(method));
        List<ParameterProblem> unknown = new ArrayList<>();
        for (String name : new TreeSet<>(request.getParameterMap().keySet())) {
            if (!known.contains(name)) {
                unknown.add(new ParameterProblem(
                        shown(name),
                        "This operation takes no parameter '" + shown(name)
                                + "'. "
                                + (known.isEmpty() ? "It takes none." : "It takes " + String.join(", ", known) + ".")
                                + (name.equals("page")
                                        ? " Lists are paged by the links each page gives (after, before, last)."
                                        : "")));
            }
        }
        // A value the site would have to clean to store or show (a control character: last=%08) is
        // refused, not quietly read as something else.
        for (var parameter : new TreeMap<>(request.getParameterMap()).entrySet()) {
            if (known.contains(parameter.getKey())
                    && java.util.Arrays.stream(parameter.getValue())
                            .anyMatch(value -> !StorableText.clean(value).equals(value))) {
                unknown.add(new ParameterProblem(
                        parameter.getKey(),
                        "The parameter '" + parameter.getKey()
                                + "' holds characters that are not text (control characters)."));
            }
        }
        BadParameters.refuseAny(unknown);
        return true;
    }

    private static Set<String> namesOf(HandlerMethod method) {
        Set<String> names = new LinkedHashSet<>();
        for (MethodParameter parameter : method.getMethodParameters()) {
            RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
            if (annotation != null) {
                parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
                names.add(annotation.name().isEmpty() ? parameter.getParameterName() : annotation.name());
            }
        }
        return names;
    }

    private static String shown(String name) {
        String printable = name.replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= LONGEST_NAME_SHOWN ? printable : printable.substring(0, LONGEST_NAME_SHOWN) + "…";
    }
}
