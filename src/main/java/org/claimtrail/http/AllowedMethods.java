package org.claimtrail.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * A method an address does not take is a 405 with the methods it does take, for everyone: an
 * anonymous POST or DELETE to a page was a 403 (no CSRF token) or a redirect to sign in, which says
 * nothing true about the address. OPTIONS answers with the methods an address takes (204). Asks the
 * application's own handler mappings, so every route is covered as it is added. Runs before Spring
 * Security; GET and HEAD pass untouched (Spring MVC answers a GET to a form-only address itself).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 6)
class AllowedMethods extends OncePerRequestFilter {

    private static final List<String> PROBED = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final List<String> ALL = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    /** The handler mappings, in the order the DispatcherServlet asks them; read at the first request. */
    private final ObjectProvider<HandlerMapping> handlerMappings;

    private volatile List<HandlerMapping> mappings;

    AllowedMethods(ObjectProvider<HandlerMapping> handlerMappings) {
        this.handlerMappings = handlerMappings;
    }

    /** Spring Security answers these itself, with no handler of the application's: signing in and out. */
    private static final java.util.Set<String> SECURITY_ENDPOINTS = java.util.Set.of("/login", "/logout");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getMethod().equals("GET")
                || request.getMethod().equals("HEAD")
                || (request.getMethod().equals("POST") && SECURITY_ENDPOINTS.contains(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<HandlerMapping> mappings = mappings();
        boolean options = request.getMethod().equals("OPTIONS");
        Set<String> allowed = new LinkedHashSet<>();
        for (String method : options ? PROBED : List.of(request.getMethod())) {
            if (handled(mappings, as(request, method), allowed)) {
                allowed.add(method);
            }
        }
        if (allowed.isEmpty() || (!options && allowed.contains(request.getMethod()))) {
            // Nothing here (a 404 will say so), or a method this address takes: on to the rules.
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HttpHeaders.ALLOW, allow(allowed));
        if (options) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    }

    private List<HandlerMapping> mappings() {
        if (mappings == null) {
            mappings = handlerMappings.orderedStream().toList();
        }
        return mappings;
    }

    /**
     * True when a mapping has a handler for the request; a mapping that knows the address for other
     * methods only adds those to {@code allowed}.
     */
    private static boolean handled(List<HandlerMapping> mappings, HttpServletRequest request, Set<String> allowed) {
        if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
            ServletRequestPathUtils.parseAndCache(request);
        }
        for (HandlerMapping mapping : mappings) {
            try {
                if (mapping.getHandler(request) != null) {
                    return true;
                }
            } catch (HttpRequestMethodNotSupportedException otherMethods) {
                if (otherMethods.getSupportedMethods() != null) {
                    allowed.addAll(List.of(otherMethods.getSupportedMethods()));
                }
            } catch (Exception notThisWay) {
                // A mapping that knows the address but not the media type: the address is there.
                return true;
            }
        }
        return false;
    }

    /** In one order, GET with HEAD, and OPTIONS, which every address takes. */
    private static String allow(Set<String> methods) {
        return ALL.stream()
                .filter(method -> methods.contains(method)
                        || method.equals("OPTIONS")
                        || (method.equals("HEAD") && methods.contains("GET")))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static HttpServletRequest as(HttpServletRequest request, String method) {
        return request.getMethod().equals(method)
                ? request
                : new HttpServletRequestWrapper(request) {
                    @Override
                    public String getMethod() {
                        return method;
                    }
                };
    }
}
