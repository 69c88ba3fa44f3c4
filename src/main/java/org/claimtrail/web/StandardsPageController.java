package org.claimtrail.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.claimtrail.site.Newsroom;
import org.claimtrail.site.SiteUrl;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * The desk's standards, published (IFCN's code, the Trust Project, AP): how claims are tracked and
 * sources counted, how corrections are made, and when anonymous sources are used. Every page links
 * here, and the site's schema.org Organization declares each policy at its heading.
 */
@Controller
class StandardsPageController {

    private final Newsroom newsroom;
    private final SiteUrl site;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    StandardsPageController(Newsroom newsroom, SiteUrl site) {
        this.newsroom = newsroom;
        this.site = site;
    }

    @GetMapping(Newsroom.STANDARDS)
    String standards(Model model) {
        Map<String, Object> organization = new LinkedHashMap<>();
        organization.put("@context", "https://schema.org");
        organization.putAll(newsroom.organization(site.base()));
        // Inside <script>, a name holding "</script>" or "<!--" must not end the element.
        model.addAttribute(
                "jsonLd",
                JSON.writeValueAsString(organization)
                        .replace("<", "\\u003c")
                        .replace(">", "\\u003e")
                        .replace("&", "\\u0026"));
        model.addAttribute("newsroom", newsroom.name());
        return "standards/index";
    }
}
