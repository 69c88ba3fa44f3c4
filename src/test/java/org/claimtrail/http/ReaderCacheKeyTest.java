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
 * With no CLAIMTRAIL_BASE_URL, links follow the request's address; the reader cache keys every
 * answer by that address too. A request for Host: evil.example, made first after a change, gets
 * its own links and poisons nobody else's: not the feed, the API's fields and Link headers, the
 * API document or a claim page's JSON-LD.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReaderCacheKeyTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anAnswerCachedForOneHostIsNeverServedToAnother() throws Exception {
        for (String path : List.of(
                "/feed.atom",
                "/api/claims?size=2",
                "/api/openapi.json",
                "/api/claims/musk-holds-a-security-clearance",
                "/claims/musk-holds-a-security-clearance")) {
            MockHttpServletResponse asEvil = mvc.perform(get(path).with(request -> {
                        request.setServerName("evil.example");
                        return request;
                    }))
                    .andReturn()
                    .getResponse();
            MockHttpServletResponse asReader =
                    mvc.perform(get(path)).andReturn().getResponse();

            assertThat(asEvil.getContentAsString() + asEvil.getHeader("Link"))
                    .as(path + " for evil.example")
                    .contains("evil.example");
            assertThat(asReader.getContentAsString() + asReader.getHeader("Link"))
                    .as(path + " for a reader afterwards")
                    .doesNotContain("evil.example")
                    .contains("http://localhost");
        }
    }

    /** The second reader, served from the cache, gets the headers the first got: Content-Language, Link. */
    @Test
    void aCachedAnswerCarriesTheHeadersOfAFreshOne() throws Exception {
        for (String path : List.of("/claims?cached=headers", "/api/claims?size=3")) {
            MockHttpServletResponse fresh = mvc.perform(get(path)).andReturn().getResponse();
            MockHttpServletResponse cached = mvc.perform(get(path)).andReturn().getResponse();
            for (String header : List.of("Content-Language", "Link", "Content-Type", "ETag")) {
                assertThat(cached.getHeader(header)).as(path + " " + header).isEqualTo(fresh.getHeader(header));
            }
        }
        assertThat(mvc.perform(get("/claims?cached=headers"))
                        .andReturn()
                        .getResponse()
                        .getHeader("Content-Language"))
                .isEqualTo("en");
    }
}
