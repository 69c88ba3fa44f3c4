package org.claimtrail.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.claimtrail.database.DatabaseOutage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcherEntry;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Reading is public; every change, and every page that prepares one, needs an editor;
 * accounts hard deletes and merges need an admin.
 *
 * <p>The URL rules are path patterns, matched on the same decoded, parsed path that Spring MVC
 * routes on ({@code /claims/x/%64elete} is {@code /claims/x/delete} to both), and Spring
 * Security's firewall refuses the ambiguous rest (encoded slashes, {@code ;} parameters, {@code //},
 * dot segments). The handlers carry the same rules themselves ({@code org.claimtrail.access}),
 * checked by method security on every call, so no routing surprise can open a change.
 *
 * <p>Visitors get no session: the CSRF token lives in a cookie and no request is saved for after
 * sign-in, so only a sign-in stores a row in the session table.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            AccountUserDetailsService users,
            PasswordEncoder passwordEncoder,
            SignInThrottle throttle,
            @Value("${claimtrail.sign-in.concurrent-checks:4}") int concurrentChecks,
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> pages)
            throws Exception {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
        csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        http
                // Its own manager, without the global one Spring Security would add as parent: that one
                // checked every wrong password a second time, past the throttle's guard.
                .authenticationManager(new ProviderManager(
                        new ThrottlingAuthenticationProvider(passwords, throttle, concurrentChecks)))
                .authorizeHttpRequests(auth -> auth.requestMatchers("/admin/**", "/**/delete", "/**/merge")
                        .hasRole("ADMIN")
                        .requestMatchers("/account/**", "/history/recent")
                        .authenticated()
                        .requestMatchers("/**/new", "/**/edit", "/**/withdraw")
                        .hasRole("EDITOR")
                        .requestMatchers(HttpMethod.GET, "/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**")
                        .permitAll()
                        .requestMatchers("/error")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, SessionEndedPosts.PAGE)
                        .permitAll()
                        .anyRequest()
                        .hasRole("EDITOR"))
                .csrf(csrf ->
                        csrf.csrfTokenRepository(csrfTokens).csrfTokenRequestHandler(new TokenNotFromTheAddress()))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                // The API signs nobody in: a refusal there is a 401 (a problem document, http's
                // ApiErrorFilter), not a redirect to the sign-in form every other address gets.
                .exceptionHandling(errors ->
                        errors.authenticationEntryPoint(SessionEndedPosts.entryPoint(pages::getObject, signInFirst())))
                .formLogin(form -> form.loginPage("/login")
                        .permitAll()
                        .successHandler(backToACarriedForm())
                        // One message for a wrong name, a wrong password and a disabled account: no enumeration.
                        .failureHandler((request, response, exception) -> {
                            // A database outage is not a wrong password: let the outage page say so.
                            if (DatabaseOutage.causedBy(exception)) {
                                throw exception;
                            }
                            // A sign-in that carries a form sent after its session ended keeps carrying it.
                            if (request.getParameter(SessionEndedPosts.CARRIED_TO) != null) {
                                request.setAttribute(SessionEndedPosts.REFUSAL, SignInRefusal.of(exception));
                                request.getRequestDispatcher(SessionEndedPosts.PAGE)
                                        .forward(request, response);
                                return;
                            }
                            response.sendRedirect(request.getContextPath()
                                    + SignInRefusal.of(exception).page());
                        }))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicy.get(SecurityHeaders.REFERRER_POLICY)))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    /**
     * The CSRF token counts only from a form's body or a header, never from the address: a token in
     * a query string leaks into logs, histories and Referer headers, and no form of the site puts it
     * there (forms that GET carry none).
     */
    static final class TokenNotFromTheAddress implements CsrfTokenRequestHandler {

        private final XorCsrfTokenRequestAttributeHandler standard = new XorCsrfTokenRequestAttributeHandler();

        @Override
        public void handle(
                HttpServletRequest request,
                HttpServletResponse response,
                java.util.function.Supplier<CsrfToken> csrfToken) {
            standard.handle(request, response, csrfToken);
        }

        @Override
        public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
            String query = request.getQueryString();
            if (query != null
                    && java.util.Arrays.stream(query.split("&"))
                            .anyMatch(pair -> pair.equals(csrfToken.getParameterName())
                                    || pair.startsWith(csrfToken.getParameterName() + "="))) {
                return null;
            }
            return standard.resolveCsrfTokenValue(request, csrfToken);
        }
    }

    /** After signing in: back to a form the sign-in carried (SessionEndedPosts), else the home page as before. */
    private static AuthenticationSuccessHandler backToACarriedForm() {
        SimpleUrlAuthenticationSuccessHandler home = new SimpleUrlAuthenticationSuccessHandler("/");
        return (request, response, signedIn) -> {
            String form = SessionEndedPosts.afterSignIn(request);
            if (form != null) {
                response.sendRedirect(request.getContextPath() + form);
            } else {
                home.onAuthenticationSuccess(request, response, signedIn);
            }
        };
    }

    private static AuthenticationEntryPoint signInFirst() {
        AuthenticationEntryPoint api = (request, response, refused) -> {
            response.setHeader("WWW-Authenticate", "Cookie realm=\"Claimtrail\"");
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        };
        return new DelegatingAuthenticationEntryPoint(
                new LoginUrlAuthenticationEntryPoint("/login"),
                List.of(new RequestMatcherEntry<>(
                        PathPatternRequestMatcher.withDefaults().matcher("/api/**"), api)));
    }

    /**
     * The session cookie of Spring Session: never readable by scripts, not sent on cross-site
     * requests, and Secure whenever the request came over HTTPS (the serializer's default).
     */
    @Bean
    CookieSerializer cookieSerializer() {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        serializer.setCookieName("SESSION");
        serializer.setUseHttpOnlyCookie(true);
        serializer.setSameSite("Lax");
        return serializer;
    }

    @Bean
    SessionAttributeWrites sessionAttributeWrites() {
        return new SessionAttributeWrites();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
