package org.claimtrail.slug;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/** Readable, stable URL slugs: "Dmitry Peskov" → "dmitry-peskov". */
public final class Slugs {

    private Slugs() {}

    /** Lower-case ASCII words joined by dashes, cut at a word boundary; "item" when nothing is left. */
    public static String of(String text, int maxLength) {
        String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (ascii.length() > maxLength) {
            ascii = ascii.substring(0, maxLength);
            int lastDash = ascii.lastIndexOf('-');
            ascii = lastDash > maxLength / 2 ? ascii.substring(0, lastDash) : ascii;
        }
        return ascii.isEmpty() ? "item" : ascii;
    }

    /**
     * The fixed path segments where a slug goes (/claims/new, /actors/new, /stories/new): a claim,
     * actor or story called "New" would be shadowed by the form. SlugRoutesTest checks every
     * mapping's fixed segment is here.
     */
    public static final Set<String> RESERVED = Set.of("new");

    public static boolean isReserved(String slug) {
        return RESERVED.contains(slug);
    }

    /** The first of base, base-2, base-3 … that is neither taken nor reserved for a page of the site. */
    public static String unique(String base, Predicate<String> taken) {
        String candidate = base;
        for (int n = 2; isReserved(candidate) || taken.test(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }
}
