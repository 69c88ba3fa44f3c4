package org.claimtrail.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a page must not contain if stored or reflected text stayed text: no script of its own,
 * no event handler, no javascript: address, no element that loads or styles anything.
 */
final class InertMarkup {

    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of(
            "iframe",
            "frame",
            "object",
            "embed",
            "svg",
            "math",
            "img",
            "style",
            "base",
            "video",
            "audio",
            "applet",
            "meta[http-equiv]");
    private static final Set<String> ADDRESS_ATTRIBUTES =
            Set.of("href", "src", "action", "formaction", "xlink:href", "data", "srcdoc");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private InertMarkup() {}

    /** Every way the page would run or load something it should not; empty when inert. */
    static List<String> problems(String html) {
        Document page = Jsoup.parse(html);
        List<String> problems = new ArrayList<>();
        for (Element script : page.select("script")) {
            if (!script.attr("type").equals("application/ld+json")) {
                problems.add("script element: " + script.outerHtml());
            } else if (!isJson(script.data())) {
                problems.add("JSON-LD that is not JSON: " + script.data());
            }
        }
        for (String forbidden : FORBIDDEN_ELEMENTS) {
            page.select(forbidden).forEach(e -> problems.add("forbidden element: " + e.outerHtml()));
        }
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value =
                        attribute.getValue().strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\u0000]", "");
                if (name.startsWith("on")) {
                    problems.add("event handler: " + element.outerHtml());
                }
                if (ADDRESS_ATTRIBUTES.contains(name)
                        && (value.startsWith("javascript:")
                                || value.startsWith("vbscript:")
                                || value.startsWith("data:text"))) {
                    problems.add("script address: " + element.outerHtml());
                }
                if (name.equals("style")) {
                    problems.add("inline style: " + element.outerHtml());
                }
            }
        }
        return problems;
    }

    private static boolean isJson(String text) {
        try {
            JSON.readTree(text);
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
