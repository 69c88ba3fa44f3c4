package org.claimtrail.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.claimtrail.testapp.HandlerPaths;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The protective headers on every answer the application gives: each mapped page for a visitor
 * and for an admin, redirects, refusals and error pages.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SecurityHeadersTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyAnswerCarriesTheProtectiveHeaders() throws Exception {
        List<String> paths = HandlerPaths.of(mappings, RequestMethod.GET);
        Map<String, RequestBuilder> requests = new java.util.LinkedHashMap<>();
        for (String path : paths) {
            requests.put("GET " + path, get(path));
            requests.put(
                    "GET " + path + " as admin", get(path).with(user("root").roles("ADMIN", "EDITOR")));
        }
        requests.put("404 page", get("/claims/no-such-claim"));
        requests.put("404 address", get("/no/such/address"));
        requests.put("400 bad parameter", get("/claims?page=abc"));
        requests.put("API 404", get("/api/claims/no-such-claim"));
        requests.put("API 400", get("/api/claims?size=0"));
        requests.put(
                "403 without CSRF token", post("/sources/new").with(user("root").roles("EDITOR")));
        requests.put(
                "403 editor on admin page",
                get("/admin/accounts").with(user("anna").roles("EDITOR")));
        requests.put("302 to sign-in", get("/sources/new"));
        requests.put(
                "rejected form",
                post("/claims/musk-holds-a-security-clearance/edit")
                        .with(csrf())
                        .with(user("root").roles("EDITOR"))
                        .param("statement", ""));
        requests.put("sign-in page", get("/login"));

        List<Integer> statuses = new ArrayList<>();
        for (Map.Entry<String, RequestBuilder> request : requests.entrySet()) {
            MockHttpServletResponse response =
                    mvc.perform(request.getValue()).andReturn().getResponse();
            statuses.add(response.getStatus());
            assertProtected(request.getKey(), response);
        }
        System.out.println(
                "[headers] " + requests.size() + " answers checked (" + paths.size() + " mapped GET paths as "
                        + "visitor and admin, plus errors and refusals); statuses seen: "
                        + statuses.stream().distinct().sorted().toList());
        assertThat(statuses).contains(200, 302, 400, 403, 404);
    }

    static void assertProtected(String what, MockHttpServletResponse response) {
        String csp = response.getHeader("Content-Security-Policy");
        assertThat(csp).as(what + ": Content-Security-Policy").isNotNull();
        String scriptSources = Arrays.stream(csp.split(";"))
                .map(String::strip)
                .filter(d -> d.startsWith("script-src") || d.startsWith("default-src"))
                .reduce("", String::concat);
        assertThat(scriptSources)
                .as(what + ": script sources")
                .doesNotContain("unsafe-inline")
                .doesNotContain("unsafe-eval");
        assertThat(csp).as(what).contains("frame-ancestors 'none'").contains("object-src 'none'");
        assertThat(response.getHeader("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
        assertThat(response.getHeader("X-Frame-Options")).as(what).isEqualTo("DENY");
        assertThat(response.getHeader("Referrer-Policy")).as(what).isEqualTo("strict-origin-when-cross-origin");
    }
}
