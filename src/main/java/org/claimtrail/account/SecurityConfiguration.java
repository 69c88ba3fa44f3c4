package org.claimtrail.account;

import org.claimtrail.database.DatabaseOutage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

import java.time.Clock;
import java.util.Set;

/**
 * Reading is public; every change, and every page that prepares one, needs an editor;
 * accounts and hard deletes need an admin.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final Set<String> EDITOR_PAGES = Set.of("new", "edit", "withdraw");

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountUserDetailsService users,
                                            PasswordEncoder passwordEncoder, SignInThrottle throttle) throws Exception {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        http
                // Its own manager, without the global one Spring Security would add as parent: that one
                // checked every wrong password a second time, past the throttle's guard.
                .authenticationManager(new ProviderManager(new ThrottlingAuthenticationProvider(passwords, throttle)))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers(lastSegmentIs(Set.of("delete"))).hasRole("ADMIN")
                        .requestMatchers("/account/**", "/history/recent").authenticated()
                        .requestMatchers(lastSegmentIs(EDITOR_PAGES)).hasRole("EDITOR")
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        .requestMatchers("/error").permitAll()
                        .anyRequest().hasRole("EDITOR"))
                .formLogin(form -> form
                        .loginPage("/login").permitAll()
                        // One message for a wrong name, a wrong password and a disabled account: no enumeration.
                        .failureHandler((request, response, exception) -> {
                            // A database outage is not a wrong password: let the outage page say so.
                            if (DatabaseOutage.causedBy(exception)) {
                                throw exception;
                            }
                            response.sendRedirect(request.getContextPath()
                                    + (exception instanceof LockedException ? "/login?locked" : "/login?error"));
                        }))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.get(SecurityHeaders.REFERRER_POLICY)))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
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

    /**
     * Two requests of one session at once (two tabs, or a page and its download) may both store
     * the same attribute, such as a fresh CSRF token; the default INSERT then fails with a
     * duplicate key and the visitor gets an error. PostgreSQL's upsert makes the second a write.
     */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributeUpserts() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    private static RequestMatcher lastSegmentIs(Set<String> segments) {
        return request -> {
            String path = request.getRequestURI();
            return segments.contains(path.substring(path.lastIndexOf('/') + 1));
        };
    }
}
