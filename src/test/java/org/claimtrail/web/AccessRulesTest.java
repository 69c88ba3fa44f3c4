package org.claimtrail.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimtrail.testapp.HandlerPaths;
import org.claimtrail.testdb.DatabaseFingerprint;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Reading is public, changing is for editors: checked for every POST handler the application
 * has, so a new form cannot forget its protection.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccessRulesTest {

    private static final Set<String> EDITOR_PAGE_ENDINGS = Set.of("/new", "/edit", "/withdraw", "/delete");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyPostIsRefusedForAnonymousVisitorsWithARedirectToSignInAndChangesNothing() throws Exception {
        List<String> posts = paths(RequestMethod.POST);
        assertThat(posts).hasSizeGreaterThan(15);
        Map<String, String> before = DatabaseFingerprint.of(jdbc);

        for (String path : posts) {
            MockHttpServletResponse response = mvc.perform(
                            post(path).with(csrf()).param("reason", "x").param("statement", "x"))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus()).as("anonymous POST " + path).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).as("anonymous POST " + path).endsWith("/login");
        }
        System.out.println(
                "[access] anonymous POST refused with a redirect to sign-in: " + posts.size() + " endpoints");
        assertThat(DatabaseFingerprint.of(jdbc)).isEqualTo(before);
    }

    @Test
    void aPostWithoutCsrfTokenIsRefusedEvenForAnEditor() throws Exception {
        Map<String, String> before = DatabaseFingerprint.of(jdbc);
        for (String path : paths(RequestMethod.POST)) {
            int status = mvc.perform(post(path)
                            .with(user("anna").roles("EDITOR", "ADMIN"))
                            .param("reason", "x"))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).as("POST without CSRF " + path).isEqualTo(403);
        }
        System.out.println("[access] POST without CSRF token refused with 403 even for an admin: "
                + paths(RequestMethod.POST).size() + " endpoints");
        assertThat(DatabaseFingerprint.of(jdbc)).isEqualTo(before);
    }

    @Test
    void readingAnyPageChangesNothingWhoeverReadsIt() throws Exception {
        List<String> reads = paths(RequestMethod.GET);
        Map<String, String> before = DatabaseFingerprint.of(jdbc);
        for (String path : reads) {
            mvc.perform(get(path)).andReturn();
            mvc.perform(get(path).with(user("root").roles("ADMIN", "EDITOR"))).andReturn();
        }
        System.out.println(
                "[access] " + reads.size() + " GET endpoints read as visitor and as admin: content tables unchanged");
        assertThat(DatabaseFingerprint.of(jdbc)).isEqualTo(before);
    }

    @Test
    void pagesThatPrepareAChangeSendAnonymousVisitorsToSignIn() throws Exception {
        List<String> editorPages = paths(RequestMethod.GET).stream()
                .filter(p -> EDITOR_PAGE_ENDINGS.stream().anyMatch(p::endsWith)
                        || p.startsWith("/admin")
                        || p.startsWith("/account")
                        || p.equals("/history/recent"))
                .toList();
        assertThat(editorPages).hasSizeGreaterThan(10);
        for (String path : editorPages) {
            MockHttpServletResponse response =
                    mvc.perform(get(path)).andReturn().getResponse();
            assertThat(response.getStatus()).as("anonymous GET " + path).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).as(path).endsWith("/login");
        }
    }

    @Test
    void accountsAndHardDeletesAreForAdminsOnly() throws Exception {
        for (String path : List.of(
                "/admin/accounts", "/claims/musk-holds-a-security-clearance/delete", "/attributions/1/delete")) {
            int status = mvc.perform(get(path).with(user("anna").roles("EDITOR")))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).as("editor GET " + path).isEqualTo(403);
        }
        int status = mvc.perform(post("/claims/musk-holds-a-security-clearance/delete")
                        .with(user("anna").roles("EDITOR"))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isEqualTo(403);
        assertThat(jdbc.queryForObject(
                        "select count(*) from claim where slug = 'musk-holds-a-security-clearance'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void editLinksAppearOnlyForEditors() throws Exception {
        String path = "/claims/musk-holds-a-security-clearance";
        var anonymous =
                Jsoup.parse(mvc.perform(get(path)).andReturn().getResponse().getContentAsString());
        var editor = Jsoup.parse(mvc.perform(get(path).with(user("anna").roles("EDITOR")))
                .andReturn()
                .getResponse()
                .getContentAsString());
        var admin = Jsoup.parse(mvc.perform(get(path).with(user("root").roles("ADMIN", "EDITOR")))
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(anonymous.select("a[href$=/edit], a[href$=/withdraw], a[href$=/delete], a[href$=/attributions/new]"))
                .isEmpty();
        assertThat(anonymous.select("a[href=" + path + "/history]")).hasSize(1);
        assertThat(editor.select("a[href=" + path + "/edit]")).hasSize(1);
        assertThat(editor.select("a[href=" + path + "/attributions/new]")).hasSize(1);
        assertThat(editor.select("a[href$=/delete]")).isEmpty();
        assertThat(admin.select("a[href=" + path + "/delete]")).hasSize(1);
    }

    private List<String> paths(RequestMethod method) {
        return HandlerPaths.of(mappings, method);
    }
}
