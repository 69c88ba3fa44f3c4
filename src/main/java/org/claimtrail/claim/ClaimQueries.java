package org.claimtrail.claim;

import org.claimtrail.actor.Actor;
import org.claimtrail.source.Source;
import org.claimtrail.story.Story;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    /**
     * All claims by when the event happened (undated last), a page at a time. Always three
     * statements (ids, count, claims): Spring Data's skipped count on a short first page would
     * make the cost depend on the amount of data.
     */
    public Page<Claim> claims(Pageable pageable) {
        List<Long> ids = claims.findIdPage(pageable);
        long total = claims.countAll();
        Map<Long, Claim> byId = claims.findWithSummaryByIdIn(ids).stream()
                .collect(Collectors.toMap(Claim::getId, Function.identity()));
        return new PageImpl<>(ids.stream().map(byId::get).toList(), pageable, total);
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
