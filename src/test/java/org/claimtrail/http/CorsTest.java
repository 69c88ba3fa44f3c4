package org.claimtrail.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import org.claimtrail.testapp.HandlerPaths;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Another site may read the API, the exports and the feed (TimelineJS embedded on a newsroom's
 * site loads the CSV), with no credentials; nothing else is readable across origins.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CorsTest {

    private static final String ELSEWHERE = "https://newsroom.example";

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /**
     * Every route, its own method and every other, anonymous and editor, asked from another origin:
     * only a GET (or HEAD) of the API, the CSV or the feed may be read there, and never with credentials;
     * a preflight is granted for exactly those.
     */
    @Test
    void everyRouteAndMethodGetsCorsOnlyAsAPublicRead() throws Exception {
        List<String> wrong = new ArrayList<>();
        int asked = 0;
        for (HandlerPaths.Mapping mapping : HandlerPaths.mappings(mappings)) {
            String path = mapping.samplePath();
            boolean publicRead = path.startsWith("/api/") || path.equals("/timeline.csv") || path.equals("/feed.atom");
            for (boolean editor : List.of(false, true)) {
                for (String method : List.of("GET", "HEAD", mapping.method().name())) {
                    MockHttpServletRequestBuilder request =
                            request(HttpMethod.valueOf(method), path).header("Origin", ELSEWHERE);
                    if (editor) {
                        request.with(user("anna").roles("EDITOR"));
                    }
                    MockHttpServletResponse answer = completed(request);
                    boolean readable = publicRead && (method.equals("GET") || method.equals("HEAD"));
                    asked++;
                    if (readable != "*".equals(answer.getHeader("Access-Control-Allow-Origin"))
                            || answer.getHeader("Access-Control-Allow-Credentials") != null) {
                        wrong.add(method + " " + path + (editor ? " (editor)" : "") + " → Allow-Origin "
                                + answer.getHeader("Access-Control-Allow-Origin") + ", credentials "
                                + answer.getHeader("Access-Control-Allow-Credentials"));
                    }
                    MockHttpServletResponse preflight = mvc.perform(options(path)
                                    .header("Origin", ELSEWHERE)
                                    .header("Access-Control-Request-Method", method))
                            .andReturn()
                            .getResponse();
                    asked++;
                    if (readable != "*".equals(preflight.getHeader("Access-Control-Allow-Origin"))) {
                        wrong.add("preflight " + method + " " + path + " → Allow-Origin "
                                + preflight.getHeader("Access-Control-Allow-Origin"));
                    }
                }
            }
        }
        System.out.println("[cors] " + asked + " requests and preflights from another origin over every route: "
                + wrong.size() + " wrong");
        assertThat(wrong).isEmpty();
    }

    @Test
    void thePublicReadsAreOpenToAnyOriginWithoutCredentials() throws Exception {
        for (String path : List.of(
                "/api/claims",
                "/api/openapi.json",
                "/timeline.csv?layout=timelinejs",
                "/feed.atom",
                "/api/claims/no-such-claim")) {
            MockHttpServletResponse answer = completed(get(path).header("Origin", ELSEWHERE));
            assertThat(answer.getHeader("Access-Control-Allow-Origin")).as(path).isEqualTo("*");
            assertThat(answer.getHeader("Access-Control-Allow-Credentials"))
                    .as(path)
                    .isNull();
            assertThat(answer.getHeader("Access-Control-Expose-Headers"))
                    .as(path)
                    .contains("ETag", "Link");

            MockHttpServletResponse preflight = mvc.perform(
                            options(path).header("Origin", ELSEWHERE).header("Access-Control-Request-Method", "GET"))
                    .andReturn()
                    .getResponse();
            assertThat(preflight.getStatus()).as(path + " preflight").isEqualTo(200);
            assertThat(preflight.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
            assertThat(preflight.getHeader("Access-Control-Allow-Methods"))
                    .contains("GET")
                    .doesNotContain("POST");
        }
    }

    /** The whole answer, a streamed export's too, before the next request (exports are limited per client). */
    private MockHttpServletResponse completed(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult started = mvc.perform(request).andReturn();
        return started.getRequest().isAsyncStarted()
                ? mvc.perform(asyncDispatch(started)).andReturn().getResponse()
                : started.getResponse();
    }

    @Test
    void pagesFormsAndChangesAreNotReadableFromAnotherSite() throws Exception {
        for (String path : List.of("/", "/claims", "/claims/new", "/timeline", "/login", "/admin/accounts")) {
            MockHttpServletResponse answer = mvc.perform(get(path).header("Origin", ELSEWHERE))
                    .andReturn()
                    .getResponse();
            assertThat(answer.getHeader("Access-Control-Allow-Origin")).as(path).isNull();
        }
        MockHttpServletResponse changing = mvc.perform(options("/api/claims")
                        .header("Origin", ELSEWHERE)
                        .header("Access-Control-Request-Method", "POST"))
                .andReturn()
                .getResponse();
        assertThat(changing.getHeader("Access-Control-Allow-Origin"))
                .as("a POST from elsewhere")
                .isNull();
    }
}
