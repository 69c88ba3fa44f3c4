package org.claimtrail.verdict;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.claimtrail.claim.ClaimPageSection;
import org.claimtrail.claim.ClaimView;
import org.claimtrail.site.Newsroom;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The verdict on a claim's page: the published verdict for everyone, the draft and its publish
 * form for editors (templates/verdicts/section.html); and, for a published verdict only, the
 * schema.org ClaimReview that reviews the page's Claim.
 */
@Component
@Order(10)
class VerdictSection implements ClaimPageSection {

    private final VerdictService verdicts;
    private final Newsroom newsroom;

    VerdictSection(VerdictService verdicts, Newsroom newsroom) {
        this.newsroom = newsroom;
        this.verdicts = verdicts;
    }

    @Override
    public String template() {
        return "verdicts/section";
    }

    @Override
    public Map<String, Object> model(ClaimView claim) {
        return Map.of("verdict", verdicts.of(claim.id()));
    }

    /**
     * Google's ClaimReview: claimReviewed, reviewRating with alternateName, author, url,
     * datePublished (a date, never a range), and the Claim reviewed, with where it appeared.
     */
    @Override
    public Optional<Map<String, Object>> review(
            Map<String, Object> model, Map<String, Object> claimNode, String claimUrl, String site) {
        VerdictView verdict = (VerdictView) model.get("verdict");
        if (!verdict.published()) {
            return Optional.empty();
        }
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("@type", "ClaimReview");
        review.put("url", claimUrl + "#verdict");
        review.put("claimReviewed", claimNode.get("text"));
        review.put(
                "datePublished",
                LocalDate.ofInstant(verdict.publishedAt(), ZoneOffset.UTC).toString());
        review.put("author", newsroom.organization(site));
        Map<String, Object> rating = new LinkedHashMap<>();
        rating.put("@type", "Rating");
        rating.put("ratingValue", verdict.rating().value());
        rating.put("bestRating", 5);
        rating.put("worstRating", 1);
        rating.put("alternateName", verdict.rating().label());
        review.put("reviewRating", rating);
        review.put("reviewBody", verdict.explanation());
        review.put("itemReviewed", claimNode);
        return Optional.of(review);
    }
}
