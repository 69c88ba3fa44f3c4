package org.claimtrail.http;

import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * What anyone may read from another site's pages, as browsers allow it: the API, the timeline's
 * exports and the feed, to any origin, for GET and HEAD, never with credentials (no cookie is sent
 * or honoured across origins). TimelineJS embedded on a newsroom's own site loads the CSV this way.
 * Pages and forms get no CORS headers at all. Runs before Spring Security, so a preflight is
 * answered without asking who is signed in.
 */
@Configuration(proxyBeanMethods = false)
class PublicReadCors {

    /** Read-only, credential-free addresses meant for other programs. */
    static final List<String> PUBLIC_READS = List.of("/api/**", "/timeline.csv", "/feed.atom");

    @Bean
    FilterRegistrationBean<CorsFilter> publicReadCorsFilter() {
        CorsConfiguration anyone = new CorsConfiguration();
        anyone.addAllowedOrigin(CorsConfiguration.ALL);
        anyone.setAllowedMethods(List.of("GET", "HEAD"));
        anyone.setAllowedHeaders(List.of("Accept", "If-None-Match", "If-Modified-Since"));
        anyone.setExposedHeaders(List.of("ETag", "Last-Modified", "Link", "Retry-After", "Content-Disposition"));
        anyone.setAllowCredentials(false);
        anyone.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource paths = new UrlBasedCorsConfigurationSource();
        PUBLIC_READS.forEach(path -> paths.registerCorsConfiguration(path, anyone));
        FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(new CorsFilter(paths));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }
}
