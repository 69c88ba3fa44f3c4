package org.claimtrail.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.claimtrail.testapp.HandlerPaths;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every HTML page has one heading and a title in words, never template markup: the history
 * pages once showed their own &lt;title&gt; element as the heading (a model attribute named
 * "title" shadowed the layout's fragment parameter), which only the browser screenshots revealed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PageTitlesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyPageHasAPlainTitleAndOneHeading() throws Exception {
        int pages = 0;
        for (String path : HandlerPaths.of(mappings, RequestMethod.GET)) {
            MockHttpServletResponse response = mvc.perform(
                            get(path).with(user("root").roles("ADMIN", "EDITOR")))
                    .andReturn()
                    .getResponse();
            if (response.getStatus() != 200
                    || !String.valueOf(response.getContentType()).startsWith("text/html")) {
                continue;
            }
            Document page = Jsoup.parse(response.getContentAsString());
            assertThat(page.title())
                    .as(path + " <title>")
                    .endsWith("Claimtrail")
                    .doesNotContain("<", "th:", "${");
            assertThat(page.select("h1")).as(path + " has one <h1>").hasSize(1);
            assertThat(page.select("h1").text()).as(path + " <h1>").isNotBlank().doesNotContain("<", "th:", "${");
            pages++;
        }
        System.out.println("[pages] " + pages + " HTML pages with a plain title and one heading");
        assertThat(pages).isGreaterThan(25);
    }
}
