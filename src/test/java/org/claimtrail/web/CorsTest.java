package org.claimtrail.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;

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

    @Test
    void thePublicReadsAreOpenToAnyOriginWithoutCredentials() throws Exception {
        for (String path : List.of("/api/claims", "/api/openapi.json", "/timeline.csv?layout=timelinejs", "/feed.atom",
                "/api/claims/no-such-claim")) {
            MockHttpServletResponse answer = mvc.perform(get(path).header("Origin", ELSEWHERE)).andReturn().getResponse();
            assertThat(answer.getHeader("Access-Control-Allow-Origin")).as(path).isEqualTo("*");
            assertThat(answer.getHeader("Access-Control-Allow-Credentials")).as(path).isNull();
            assertThat(answer.getHeader("Access-Control-Expose-Headers")).as(path).contains("ETag", "Link");

            MockHttpServletResponse preflight = mvc.perform(options(path).header("Origin", ELSEWHERE)
                    .header("Access-Control-Request-Method", "GET")).andReturn().getResponse();
            assertThat(preflight.getStatus()).as(path + " preflight").isEqualTo(200);
            assertThat(preflight.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
            assertThat(preflight.getHeader("Access-Control-Allow-Methods")).contains("GET").doesNotContain("POST");
        }
    }

    @Test
    void pagesFormsAndChangesAreNotReadableFromAnotherSite() throws Exception {
        for (String path : List.of("/", "/claims", "/claims/new", "/timeline", "/login", "/admin/accounts")) {
            MockHttpServletResponse answer = mvc.perform(get(path).header("Origin", ELSEWHERE)).andReturn().getResponse();
            assertThat(answer.getHeader("Access-Control-Allow-Origin")).as(path).isNull();
        }
        MockHttpServletResponse changing = mvc.perform(options("/api/claims").header("Origin", ELSEWHERE)
                .header("Access-Control-Request-Method", "POST")).andReturn().getResponse();
        assertThat(changing.getHeader("Access-Control-Allow-Origin")).as("a POST from elsewhere").isNull();
    }
}
