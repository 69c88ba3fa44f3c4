package org.claimtrail.testapp;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** An editor (or admin) driving the forms through MockMvc, as the browser would post them. */
public record EditorSession(MockMvc mvc, String username, String... roles) {

    public static EditorSession editor(MockMvc mvc, String username) {
        return new EditorSession(mvc, username, "EDITOR");
    }

    public static EditorSession admin(MockMvc mvc, String username) {
        return new EditorSession(mvc, username, "ADMIN", "EDITOR");
    }

    /** Posts name/value pairs with a CSRF token. */
    public MockHttpServletResponse post(String path, String... params) throws Exception {
        MockHttpServletRequestBuilder request =
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                        .with(user(username).roles(roles))
                        .with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    /** Posts and returns the refusal the redirect carries to the next page. */
    public String postForFlashError(String path, String... params) throws Exception {
        MockHttpServletRequestBuilder request =
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                        .with(user(username).roles(roles))
                        .with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return (String) mvc.perform(request).andReturn().getFlashMap().get("flashError");
    }

    /** Posts and returns the confirmation message the redirect carries to the next page. */
    public String postForFlash(String path, String... params) throws Exception {
        MockHttpServletRequestBuilder request =
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                        .with(user(username).roles(roles))
                        .with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return (String) mvc.perform(request).andReturn().getFlashMap().get("flash");
    }

    public Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(username).roles(roles)))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    public static Document html(MockHttpServletResponse response) throws Exception {
        return Jsoup.parse(response.getContentAsString());
    }
}
