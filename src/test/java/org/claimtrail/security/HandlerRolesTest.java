package org.claimtrail.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.claimtrail.access.AdminsOnly;
import org.claimtrail.access.EditorsOnly;
import org.claimtrail.access.SignedInOnly;
import org.claimtrail.testapp.HandlerPaths;
import org.claimtrail.testapp.HandlerPaths.Access;
import org.claimtrail.testapp.HandlerPaths.Mapping;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The second wall: whatever URL rule lets a request through, the handler itself checks the role.
 * Every handler that is not public carries the access annotation its rule asks for, and calling
 * it directly (as a router surprise would) without that role is denied before its body runs.
 */
@SpringBootTest
class HandlerRolesTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyProtectedHandlerCarriesItsRoleAndRefusesCallersWithoutIt() throws Exception {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Mapping mapping : HandlerPaths.mappings(mappings)) {
            Method method = mapping.handler().getMethod();
            Class<?> type = mapping.handler().getBeanType();
            Access declared = declared(method, type);
            // Both ways: a page the rules call public must not be closed to readers either.
            if (declared != mapping.access()) {
                problems.add(mapping.method() + " " + mapping.pattern() + " is annotated " + declared + ", expected "
                        + mapping.access());
                continue;
            }
            if (mapping.access() == Access.PUBLIC) {
                continue;
            }
            Object bean = context.getBean((String) mapping.handler().getBean());
            assertThat(AopUtils.isAopProxy(bean))
                    .as(type.getSimpleName() + " is proxied for method security")
                    .isTrue();
            for (Authentication caller : callersWithout(mapping.access())) {
                SecurityContextHolder.getContext().setAuthentication(caller);
                if (!denied(bean, method)) {
                    problems.add(mapping.method() + " " + mapping.pattern() + " ran for " + caller.getAuthorities());
                }
                checked++;
            }
        }
        System.out.println(
                "[access] " + checked + " direct calls of protected handlers without their role: all denied");
        assertThat(problems).isEmpty();
        assertThat(checked).isGreaterThan(40);
    }

    private static Access declared(Method method, Class<?> type) {
        for (var element : List.of(method, type)) {
            if (AnnotatedElementUtils.hasAnnotation(element, AdminsOnly.class)) {
                return Access.ADMIN;
            }
            if (AnnotatedElementUtils.hasAnnotation(element, EditorsOnly.class)) {
                return Access.EDITOR;
            }
            if (AnnotatedElementUtils.hasAnnotation(element, SignedInOnly.class)) {
                return Access.SIGNED_IN;
            }
        }
        return Access.PUBLIC;
    }

    private static List<Authentication> callersWithout(Access access) {
        List<Authentication> callers = new ArrayList<>();
        callers.add(new AnonymousAuthenticationToken(
                "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        if (access == Access.ADMIN) {
            callers.add(UsernamePasswordAuthenticationToken.authenticated(
                    "anna", "n/a", AuthorityUtils.createAuthorityList("ROLE_EDITOR")));
        }
        return callers;
    }

    /** Calls the handler on the proxied bean with empty arguments: method security must stop it first. */
    private static boolean denied(Object bean, Method method) throws IllegalAccessException {
        Object[] arguments = new Object[method.getParameterCount()];
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            arguments[i] =
                    types[i] == long.class ? 1L : types[i] == int.class ? 1 : types[i] == boolean.class ? false : null;
        }
        method.setAccessible(true);
        try {
            method.invoke(bean, arguments);
            return false;
        } catch (InvocationTargetException e) {
            return e.getCause() instanceof AccessDeniedException;
        }
    }
}
