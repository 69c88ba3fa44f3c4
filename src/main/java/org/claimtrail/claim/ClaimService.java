package org.claimtrail.claim;

import org.claimtrail.database.TransactionLocks;
import org.claimtrail.date.FuzzyDate;
import org.claimtrail.form.EditConflicts;
import org.claimtrail.slug.Slugs;
import org.claimtrail.story.Story;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/** Every change to claims and their links. Each method is one transaction: all of it or none. */
@Service
@Transactional
public class ClaimService {

    static final int SLUG_LENGTH = 80;

    private final ClaimRepository claims;
    private final AttributionRepository attributions;
    private final ClaimLinkRepository links;
    private final Clock clock;
    private final TransactionLocks locks;

    ClaimService(ClaimRepository claims, AttributionRepository attributions, ClaimLinkRepository links, Clock clock,
                 TransactionLocks locks) {
        this.claims = claims;
        this.attributions = attributions;
        this.links = links;
        this.clock = clock;
        this.locks = locks;
    }

    /** A claim as an editor states it. */
    public record ClaimDetails(Story story, String statement, ClaimStatus status, String statusReason,
                               FuzzyDate event, List<String> topics) {
    }

    public Claim create(ClaimDetails details) {
        // Two claims worded alike, saved at once, would otherwise both take the same slug.
        locks.lock("new-claim");
        String slug = Slugs.unique(Slugs.of(details.statement(), SLUG_LENGTH), claims::existsBySlug);
        Claim claim = new Claim(details.story(), slug, details.statement(), details.status(), details.statusReason(),
                details.event());
        claim.revise(details.story(), details.statement(), details.status(), details.statusReason(), details.event(),
                details.topics());
        return claims.saveAndFlush(claim);
    }

    /** The slug stays as it was: permalinks outlive rewording. */
    public Claim update(long id, Long expectedVersion, ClaimDetails details) {
        Claim claim = claims.findById(id).orElseThrow();
        EditConflicts.check(Claim.class, id, expectedVersion, claim.getVersion());
        claim.revise(details.story(), details.statement(), details.status(), details.statusReason(), details.event(),
                details.topics());
        return claims.saveAndFlush(claim);
    }

    @Transactional(readOnly = true)
    public Story storyOf(long claimId) {
        return claims.findById(claimId).orElseThrow().getStory();
    }

    public void withdraw(long id, String reason) {
        claims.findById(id).orElseThrow().withdraw(reason, clock.instant());
    }

    /** Admins only: removes the claim with its attributions and links; the history keeps them. */
    public void delete(long id) {
        Claim claim = claims.findById(id).orElseThrow();
        links.findByFrom(claim).forEach(links::delete);
        links.findByTo(claim).forEach(links::delete);
        attributions.findByClaim(claim).forEach(attributions::delete);
        claims.delete(claim);
    }

    /** What became of a request to link two claims. */
    public enum LinkResult { LINKED, ALREADY_LINKED, NO_SUCH_CLAIM }

    public LinkResult link(long fromId, long toId, LinkType type, String note) {
        Claim from = claims.findById(fromId).orElse(null);
        Claim to = claims.findById(toId).orElse(null);
        if (from == null || to == null) {
            return LinkResult.NO_SUCH_CLAIM;
        }
        locks.lock("claim-link:" + fromId + ":" + toId);
        if (links.existsByFromAndToAndType(from, to, type)) {
            return LinkResult.ALREADY_LINKED;
        }
        links.saveAndFlush(new ClaimLink(from, to, type, note));
        return LinkResult.LINKED;
    }

    public void unlink(long claimId, long linkId) {
        links.findById(linkId)
                .filter(link -> link.getFrom().getId() == claimId || link.getTo().getId() == claimId)
                .ifPresent(links::delete);
    }
}
