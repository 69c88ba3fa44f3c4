package org.claimtrail.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Conditional GET as HTTP defines it (RFC 9110): an unchanged page is a 304 for a weak tag, a list
 * of tags, "*" and If-Modified-Since alike, and Last-Modified is an IMF-fixdate (two-digit day).
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConditionalGetTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anUnchangedPageIsNotModifiedHoweverTheClientAsks() throws Exception {
        for (String path : List.of("/claims", "/api/claims", "/feed.atom")) {
            MockHttpServletResponse first = mvc.perform(get(path)).andReturn().getResponse();
            String etag = first.getHeader("ETag");
            String lastModified = first.getHeader("Last-Modified");
            assertThat(etag).as(path).matches("\"v\\d+\"");
            assertThat(lastModified)
                    .as(path)
                    .matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");

            for (String ifNoneMatch : List.of(etag, "W/" + etag, "\"other\", " + etag, "*")) {
                assertThat(status(path, "If-None-Match", ifNoneMatch))
                        .as(path + " If-None-Match: " + ifNoneMatch)
                        .isEqualTo(304);
            }
            assertThat(status(path, "If-Modified-Since", lastModified))
                    .as(path + " If-Modified-Since")
                    .isEqualTo(304);
            assertThat(status(path, "If-None-Match", "\"v0\""))
                    .as(path + " another tag")
                    .isEqualTo(200);
        }
    }

    private int status(String path, String header, String value) throws Exception {
        return mvc.perform(get(path).header(header, value))
                .andReturn()
                .getResponse()
                .getStatus();
    }
}
