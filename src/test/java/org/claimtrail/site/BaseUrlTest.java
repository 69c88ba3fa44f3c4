package org.claimtrail.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimtrail.testdb.IsolatedDatabase;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * With CLAIMTRAIL_BASE_URL set, every absolute link the application writes (CSV claim_url, API
 * url, JSON-LD, the feed) starts with it, whatever Host or X-Forwarded-Host a request carries.
 */
@IsolatedDatabase
@SpringBootTest(properties = "claimtrail.base-url=https://claims.example.org/")
@AutoConfigureMockMvc
class BaseUrlTest {

    private static final Pattern ABSOLUTE = Pattern.compile("https?://[^\\s\"'<>,\\\\]+");

    @Autowired
    MockMvc mvc;

    @Test
    void everyAbsoluteLinkUsesTheConfiguredBaseWhateverTheRequestSays() throws Exception {
        List<String> links = new ArrayList<>();
        for (String path : List.of(
                "/api/claims",
                "/api/claims/musk-holds-a-security-clearance",
                "/api/timeline",
                "/feed.atom",
                "/timeline.csv",
                "/timeline.csv?layout=timelinejs")) {
            links.addAll(ownLinks(body(path)));
        }
        var claimPage = Jsoup.parse(body("/claims/musk-and-putin-in-regular-contact-since-late-2022"));
        links.addAll(
                ownLinks(claimPage.select("script[type=application/ld+json]").html()));

        assertThat(links).isNotEmpty().allSatisfy(link -> assertThat(link).startsWith("https://claims.example.org/"));
        System.out.println("[base url] " + links.size() + " absolute links of the site in API, feed, CSV and JSON-LD, "
                + "asked for as evil.example: all start with https://claims.example.org/");
    }

    @Test
    void aBaseUrlThatCannotBeOneStopsTheStartWithAReason() {
        assertThat(SiteUrl.validated("https://claims.example.org/")).isEqualTo("https://claims.example.org");
        assertThat(SiteUrl.validated("HTTPS://claims.example.org:8443/desk/"))
                .isEqualTo("https://claims.example.org:8443/desk");
        for (String bad : List.of(
                "claims.example.org",
                "ftp://claims.example.org",
                "https://claims.example.org/?x=1",
                "https://user@claims.example.org",
                "https://claims.example.org/#top",
                "https:///nohost",
                "http://exa mple")) {
            assertThatThrownBy(() -> SiteUrl.validated(bad))
                    .as(bad)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("CLAIMTRAIL_BASE_URL");
        }
    }

    /** Links not to the sources' own sites (a source's url is the outlet's, not ours). */
    private static List<String> ownLinks(String text) {
        List<String> links = new ArrayList<>();
        Matcher matcher = ABSOLUTE.matcher(text);
        while (matcher.find()) {
            String link = matcher.group();
            if (link.contains("evil.example") || link.contains("claims.example.org") || link.contains("localhost")) {
                links.add(link);
            }
        }
        return links;
    }

    private String body(String path) throws Exception {
        MockHttpServletRequestBuilder request = get(URI.create("http://evil.example" + path))
                .header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "http")
                .header("Forwarded", "host=evil.example");
        var result = mvc.perform(request).andReturn();
        MockHttpServletResponse response = result.getRequest().isAsyncStarted()
                ? mvc.perform(asyncDispatch(result)).andReturn().getResponse()
                : result.getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
