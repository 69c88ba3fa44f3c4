package org.claimtrail.claim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimtrail.actor.ActorKind;
import org.claimtrail.actor.ActorRef;
import org.claimtrail.source.SourceKind;
import org.claimtrail.source.SourceRef;
import tools.jackson.databind.json.JsonMapper;

/**
 * schema.org markup for a claim page: a Claim with where it appeared and who asserts it, reviewed
 * only by what a page section reviews it with (the verdict module's ClaimReview, when the desk has
 * published a verdict; a status describes the reporting, it is nobody's verdict, and must not read
 * as one to a search engine). Built from what the page
 * shows (so bounded like the page), written by Jackson, then made safe inside a script element.
 * Dates are ISO 8601 only: a date the sources give as a range or approximately is left out
 * rather than written as a range a validator refuses; empty lists are left out too.
 */
public final class ClaimJsonLd {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ClaimJsonLd() {}

    /**
     * The Claim node: what the claim says and about whom; sections add the rest (who asserts it,
     * where it appeared: {@link ClaimPageSection#describe}).
     */
    static Map<String, Object> claimNode(ClaimPageView page, String site) {
        ClaimView claim = page.claim();
        String url = site + "/claims/" + claim.slug();
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@type", "Claim");
        node.put("@id", url + "#claim");
        node.put("url", url);
        node.put("text", claim.statement());
        putUnlessEmpty(
                node, "about", page.subjects().stream().map(ClaimJsonLd::thing).toList());
        return node;
    }

    /** The page's markup: the node (the Claim, or what reviews it) in a graph, safe inside a script element. */
    static String write(Map<String, Object> node) {
        String json = JSON.writeValueAsString(Map.of("@context", "https://schema.org", "@graph", List.of(node)));
        // Inside <script>, "</script>" or "<!--" in a statement must not end the element.
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    public static void putUnlessEmpty(Map<String, Object> node, String name, List<?> values) {
        if (!values.isEmpty()) {
            node.put(name, values);
        }
    }

    public static Map<String, Object> thing(ActorRef actor) {
        Map<String, Object> thing = new LinkedHashMap<>();
        thing.put("@type", actor.kind() == ActorKind.PERSON ? "Person" : "Organization");
        thing.put("name", actor.name());
        return thing;
    }

    public static Map<String, Object> work(SourceRef source) {
        Map<String, Object> work = new LinkedHashMap<>();
        work.put(
                "@type",
                source.kind() == SourceKind.SOCIAL_POST
                        ? "SocialMediaPosting"
                        : source.kind() == SourceKind.NEWS_REPORT || source.kind() == SourceKind.WIRE_REPORT
                                ? "NewsArticle"
                                : "CreativeWork");
        work.put("name", source.title());
        if (source.url() != null) {
            work.put("url", source.url());
        }
        if (source.published() != null && source.published().iso() != null) {
            work.put("datePublished", source.published().iso());
        }
        if (source.publisher() != null) {
            work.put("publisher", thing(source.publisher()));
        }
        return work;
    }
}
