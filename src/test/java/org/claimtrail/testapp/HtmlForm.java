package org.claimtrail.testapp;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A form as a browser would submit it: the values the page filled in (hidden version and CSRF
 * token included), with the test's changes on top.
 */
public final class HtmlForm {

    private final String action;
    private final List<Map.Entry<String, String>> fields;

    private HtmlForm(String action, List<Map.Entry<String, String>> fields) {
        this.action = action;
        this.fields = fields;
    }

    /** The first form on the page matching the selector, e.g. {@code main form[method=post]}. */
    public static HtmlForm from(String html, String selector) {
        Document page = Jsoup.parse(html);
        Element form = page.selectFirst(selector);
        if (!(form instanceof FormElement formElement)) {
            throw new IllegalStateException("No form matches " + selector + " in " + page.title());
        }
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        formElement.formData().forEach(value -> fields.add(Map.entry(value.key(), value.value())));
        return new HtmlForm(form.attr("action"), fields);
    }

    public String action() {
        return action;
    }

    public List<String> names() {
        return fields.stream().map(Map.Entry::getKey).distinct().toList();
    }

    public String get(String name) {
        return fields.stream().filter(f -> f.getKey().equals(name)).map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /** Replaces every value of the field (or adds it). */
    public HtmlForm set(String name, String value) {
        fields.removeIf(f -> f.getKey().equals(name));
        fields.add(Map.entry(name, value));
        return this;
    }

    public String encoded() {
        return fields.stream()
                .map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** A copy, so one loaded page can be submitted in several variants. */
    public HtmlForm copy() {
        return new HtmlForm(action, new ArrayList<>(fields));
    }
}
