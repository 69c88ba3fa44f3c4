package org.claimtrail.webpage;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a news page says about itself, for pre-filling the source form: title, publisher, author
 * and publication date, from JSON-LD (NewsArticle and kin), OpenGraph and {@code article:*}
 * meta tags, and {@code <title>}, in that order of trust. Every value is a suggestion the
 * editor confirms; nothing found is null.
 */
public record PageMetadata(String title, String publisher, String author, LocalDate published) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int LONGEST_VALUE = 300;

    public static PageMetadata of(String html, String baseUrl) {
        Document page = Jsoup.parse(html, baseUrl);
        Optional<JsonNode> article = article(page);
        String title = first(
                article.map(a -> text(a.get("headline"))).orElse(null),
                meta(page, "og:title"),
                meta(page, "twitter:title"),
                page.title());
        String publisher = first(article.map(a -> name(a.get("publisher"))).orElse(null), meta(page, "og:site_name"));
        String author = first(
                article.map(a -> name(a.get("author"))).orElse(null),
                meta(page, "article:author"),
                meta(page, "author"));
        LocalDate published = day(first(
                article.map(a -> text(a.get("datePublished"))).orElse(null),
                meta(page, "article:published_time"),
                meta(page, "date"),
                meta(page, "dc.date"),
                page.select("time[datetime]").stream()
                        .findFirst()
                        .map(t -> t.attr("datetime"))
                        .orElse(null)));
        return new PageMetadata(title, publisher, author, published);
    }

    /** The names of what was found, for telling the editor what to check: "title, publisher, date". */
    public List<String> found() {
        List<String> found = new ArrayList<>();
        if (title != null) {
            found.add("title");
        }
        if (publisher != null) {
            found.add("publisher");
        }
        if (author != null) {
            found.add("author");
        }
        if (published != null) {
            found.add("date");
        }
        return found;
    }

    /** The first JSON-LD object typed as an article, looking inside arrays and {@code @graph}. */
    private static Optional<JsonNode> article(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                Optional<JsonNode> found = findArticle(JSON.readTree(script.data()));
                if (found.isPresent()) {
                    return found;
                }
            } catch (RuntimeException unreadable) {
                // A page's broken JSON-LD is the page's problem: fall back to its meta tags.
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> findArticle(JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                Optional<JsonNode> found = findArticle(item);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        if (node.has("@graph")) {
            return findArticle(node.get("@graph"));
        }
        String type = node.has("@type") ? node.get("@type").toString() : "";
        return type.contains("Article") || type.contains("Posting") || type.contains("Report")
                ? Optional.of(node)
                : Optional.empty();
    }

    /** A name from a string, an object with "name", or the first of an array of either. */
    private static String name(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : name(node.get(0));
        }
        return node.isObject() ? text(node.get("name")) : text(node);
    }

    private static String text(JsonNode node) {
        return node == null || !node.isValueNode() ? null : clean(node.asString());
    }

    private static String meta(Document page, String name) {
        Element tag = page.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return tag == null ? null : clean(tag.attr("content"));
    }

    private static String first(String... values) {
        for (String value : values) {
            String cleaned = clean(value);
            if (cleaned != null) {
                return cleaned;
            }
        }
        return null;
    }

    /** Trimmed, white space folded, cut to a length a form field takes; null when empty. */
    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String text = value.replaceAll("\\s+", " ").strip();
        if (text.isEmpty()) {
            return null;
        }
        return text.length() > LONGEST_VALUE ? text.substring(0, LONGEST_VALUE) : text;
    }

    /** The calendar day of an ISO date or date-time, as the page states it (its own offset); null otherwise. */
    private static LocalDate day(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toLocalDate();
        } catch (DateTimeParseException notADateTime) {
            try {
                return LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value);
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }
}
