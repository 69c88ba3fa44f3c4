package org.claimtrail.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The desk's standards are published, linked from every claim page and declared in the site's
 * schema.org Organization (IFCN, the Trust Project): a methodology, a corrections policy and an
 * anonymous-sources policy, each at the heading the Organization names.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StandardsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theStandardsPageHasEachPolicyAndDeclaresItInTheOrganization() throws Exception {
        Document page = page("/standards");

        assertThat(page.select("h1").text()).isEqualTo("Our standards");
        assertThat(page.select("section#methodology h2").text()).isEqualTo("How we track claims and count sources");
        assertThat(page.select("#origins").text()).isEqualTo("Counting independent origins");
        assertThat(page.select("section#corrections").text()).contains("what changed and why");
        assertThat(page.select("section#anonymous-sources").text())
                .contains("never by a vague word alone", "why the source granted them anonymity");

        JsonNode organization = JsonMapper.builder()
                .build()
                .readTree(
                        page.select("script[type=application/ld+json]").first().data());
        assertThat(organization.get("@type").asString()).isEqualTo("Organization");
        assertThat(organization.get("name").asString()).isEqualTo("Claimtrail");
        for (String[] policy : new String[][] {
            {"publishingPrinciples", ""},
            {"verificationFactCheckingPolicy", "#methodology"},
            {"correctionsPolicy", "#corrections"},
            {"unnamedSourcesPolicy", "#anonymous-sources"}
        }) {
            String address = organization.get(policy[0]).asString();
            assertThat(address).as(policy[0]).isEqualTo("http://localhost/standards" + policy[1]);
            if (!policy[1].isEmpty()) {
                assertThat(page.getElementById(policy[1].substring(1)))
                        .as(address)
                        .isNotNull();
            }
        }
    }

    @Test
    void everyClaimPageLinksTheStandards() throws Exception {
        for (String slug : jdbc.queryForList("select slug from claim where withdrawn_at is null", String.class)) {
            Document claim = page("/claims/" + slug);
            assertThat(claim.select("a[href]").eachAttr("href"))
                    .as(slug)
                    .contains(
                            "/standards",
                            "/standards#origins",
                            "/standards#anonymous-sources",
                            "/standards#corrections");
        }
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path)).andReturn().getResponse().getContentAsString());
    }
}
