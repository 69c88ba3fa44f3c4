package org.claimtrail.claim;

import org.claimtrail.actor.Actor;
import org.claimtrail.actor.ActorKind;
import org.claimtrail.source.Source;
import org.claimtrail.source.SourceKind;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * schema.org markup for a claim page: a Claim with where it appeared and who asserts it, and a
 * ClaimReview with a rating when the editors' status is a verdict. Built as data and written
 * by Jackson, then made safe to sit inside a script element.
 */
final class ClaimJsonLd {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ClaimJsonLd() {
    }

    static String of(ClaimPage page, String site) {
        Claim claim = page.claim();
        String url = site + "/claims/" + claim.getSlug();
        List<Source> sources = claim.getAttributions().stream().filter(a -> !a.isWithdrawn())
                .map(Attribution::getSource).distinct().toList();

        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@type", "Claim");
        node.put("@id", url + "#claim");
        node.put("url", url);
        node.put("text", claim.getStatement());
        node.put("about", claim.getSubjects().stream().map(ClaimJsonLd::thing).toList());
        node.put("author", claim.getAttributions().stream()
                .filter(a -> !a.isWithdrawn() && a.getStance().group() == StanceGroup.ASSERTS && a.getSpeaker() != null)
                .map(Attribution::getSpeaker).distinct().map(ClaimJsonLd::thing).toList());
        node.put("appearance", sources.stream().map(ClaimJsonLd::work).toList());
        sources.stream().filter(s -> s.getPublished() != null && s.getPublished().earliest() != null)
                .min(Comparator.comparing(s -> s.getPublished().earliest()))
                .ifPresent(first -> node.put("firstAppearance", work(first)));

        List<Object> graph = new ArrayList<>(List.of(node));
        if (claim.getStatus().isVerdict()) {
            Map<String, Object> review = new LinkedHashMap<>();
            review.put("@type", "ClaimReview");
            review.put("url", url);
            review.put("claimReviewed", claim.getStatement());
            review.put("itemReviewed", Map.of("@id", url + "#claim"));
            review.put("author", Map.of("@type", "Organization", "name", "Claimtrail", "url", site + "/"));
            Map<String, Object> rating = new LinkedHashMap<>();
            rating.put("@type", "Rating");
            rating.put("ratingValue", claim.getStatus().rating());
            rating.put("bestRating", 5);
            rating.put("worstRating", 1);
            rating.put("alternateName", claim.getStatus().verdict());
            review.put("reviewRating", rating);
            if (claim.getStatusReason() != null) {
                review.put("reviewBody", claim.getStatusReason());
            }
            graph.add(review);
        }
        String json = JSON.writeValueAsString(Map.of("@context", "https://schema.org", "@graph", graph));
        // Inside <script>, "</script>" or "<!--" in a statement must not end the element.
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    private static Map<String, Object> thing(Actor actor) {
        Map<String, Object> thing = new LinkedHashMap<>();
        thing.put("@type", actor.getKind() == ActorKind.PERSON ? "Person" : "Organization");
        thing.put("name", actor.getName());
        return thing;
    }

    private static Map<String, Object> work(Source source) {
        Map<String, Object> work = new LinkedHashMap<>();
        work.put("@type", source.getKind() == SourceKind.SOCIAL_POST ? "SocialMediaPosting"
                : source.getKind() == SourceKind.NEWS_REPORT || source.getKind() == SourceKind.WIRE_REPORT
                ? "NewsArticle" : "CreativeWork");
        work.put("name", source.getTitle());
        if (source.getUrl() != null) {
            work.put("url", source.getUrl());
        }
        if (source.getPublished() != null && source.getPublished().earliest() != null) {
            work.put("datePublished", source.getPublished().isInterval() || !source.getPublished().isPlain()
                    ? source.getPublished().edtf() : source.getPublished().earliest().toString());
        }
        if (source.getPublisher() != null) {
            work.put("publisher", thing(source.getPublisher()));
        }
        return work;
    }
}
