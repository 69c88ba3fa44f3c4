package org.claimtrail.claim;

import org.claimtrail.actor.Actor;
import org.claimtrail.source.Source;
import org.claimtrail.story.Story;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * The claim module's read side. Each method returns entities with everything its page shows
 * already fetched (open-in-view is off), in a fixed number of statements.
 */
@Service
@Transactional(readOnly = true)
public class ClaimQueries {

    private final ClaimRepository claims;
    private final AttributionRepository attributions;
    private final ClaimLinkRepository links;

    ClaimQueries(ClaimRepository claims, AttributionRepository attributions, ClaimLinkRepository links) {
        this.claims = claims;
        this.attributions = attributions;
        this.links = links;
    }

    public Optional<ClaimPage> claimPage(String slug) {
        return claims.findPageBySlug(slug).map(claim -> ClaimPage.of(claim, links.findTouching(claim)));
    }

    /** A story's claims in the report's order, with what their sourcing summaries need. */
    public List<Claim> claimsOf(Story story) {
        return claims.findWithSummaryByStory(story);
    }

    public List<Attribution> attributionsIn(Source source) {
        return attributions.findBySource(source);
    }

    public List<Attribution> attributionsBy(Actor speaker) {
        return attributions.findBySpeaker(speaker);
    }

    public List<Claim> claimsAbout(Actor actor) {
        return claims.findAbout(actor);
    }
}
