package org.claimtrail.testapp;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

/**
 * A form as a browser would submit it: the values the page filled in (hidden version and CSRF
 * token included), with the test's changes on top.
 */
public final class HtmlForm {

    private final String action;
    private final List<Map.Entry<String, String>> fields;
    /** Every control's name, including unchecked boxes and empty selects the browser would not send. */
    private final List<String> controls;

    private HtmlForm(String action, List<Map.Entry<String, String>> fields, List<String> controls) {
        this.action = action;
        this.fields = fields;
        this.controls = controls;
    }

    /** The first form on the page matching the selector, e.g. {@code main form[method=post]}. */
    public static HtmlForm from(String html, String selector) {
        Document page = Jsoup.parse(html);
        Element form = page.selectFirst(selector);
        if (!(form instanceof FormElement formElement)) {
            throw new IllegalStateException("No form matches " + selector + " in " + page.title());
        }
        List<Map.Entry<String, String>> fields = sent(formElement);
        List<String> controls = form.select("input[name], select[name], textarea[name]").eachAttr("name").stream()
                .distinct()
                .toList();
        return new HtmlForm(form.attr("action"), fields, controls);
    }

    /**
     * The fields a browser sends for the form, in order, repeated names and all, as jsoup reads them,
     * except that a checked radio button whose value is empty ("no named speaker") sends the empty
     * value, as a browser does, not jsoup's "on".
     */
    public static List<Map.Entry<String, String>> sent(FormElement form) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        form.formData().forEach(field -> {
            Element checked = form.selectFirst("input[type=radio][checked][name=\"" + field.key() + "\"]");
            boolean emptyRadio = "on".equals(field.value())
                    && checked != null
                    && checked.attr("value").isEmpty();
            fields.add(Map.entry(field.key(), emptyRadio ? "" : field.value()));
        });
        return fields;
    }

    public String action() {
        return action;
    }

    public List<String> controls() {
        return controls;
    }

    public String get(String name) {
        return fields.stream()
                .filter(f -> f.getKey().equals(name))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    /** Replaces every value of the field (or adds it). */
    public HtmlForm set(String name, String value) {
        fields.removeIf(f -> f.getKey().equals(name));
        fields.add(Map.entry(name, value));
        return this;
    }

    /** Drops every value of the field, as an unticked box or a cleared choice is not sent. */
    public HtmlForm remove(String name) {
        fields.removeIf(f -> f.getKey().equals(name));
        return this;
    }

    public String encoded() {
        return encodedWith(Map.of());
    }

    /** The body with some fields replaced by values that are already percent-encoded (any bytes at all). */
    public String encodedWith(Map<String, String> rawEncodedValues) {
        String kept = WebSession.encode(fields.stream()
                .filter(f -> !rawEncodedValues.containsKey(f.getKey()))
                .toList());
        String replaced = rawEncodedValues.entrySet().stream()
                .map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "=" + f.getValue())
                .collect(Collectors.joining("&"));
        return kept.isEmpty() ? replaced : replaced.isEmpty() ? kept : kept + "&" + replaced;
    }

    /** A copy, so one loaded page can be submitted in several variants. */
    public HtmlForm copy() {
        return new HtmlForm(action, new ArrayList<>(fields), controls);
    }
}
