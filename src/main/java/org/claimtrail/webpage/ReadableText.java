package org.claimtrail.webpage;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a reader of a page reads: its article (or main part, or body) as text, without scripts,
 * navigation, headers, footers, forms and asides. Kept as a source's saved copy, which quotes are
 * checked against, bounded to {@link #MAX_CHARS}.
 */
public final class ReadableText {

    /** About forty pages of print: longer pages are kept up to here. */
    public static final int MAX_CHARS = 200_000;

    private ReadableText() {}

    public static String of(String html) {
        Document page = Jsoup.parse(html);
        page.select("script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button")
                .remove();
        Element article = page.selectFirst("article");
        Element main = article != null ? article : page.selectFirst("main");
        String text = (main != null ? main : page.body()).text();
        return bounded(text);
    }

    /** Pasted or read text, cut to {@link #MAX_CHARS}. */
    public static String bounded(String text) {
        String stripped = text == null ? "" : text.strip();
        return stripped.length() > MAX_CHARS ? stripped.substring(0, MAX_CHARS) : stripped;
    }
}
