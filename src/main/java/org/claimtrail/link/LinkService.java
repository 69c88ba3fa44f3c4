package org.claimtrail.link;

import jakarta.persistence.EntityManager;
import org.claimtrail.claim.Claim;
import org.claimtrail.claim.ClaimDeleting;
import org.claimtrail.claim.ClaimQueries;
import org.claimtrail.database.TransactionLocks;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Every change to links between claims. Each method is one transaction: all of it or none. */
@Service
@Transactional
class LinkService {

    /** What became of a request to link two claims. */
    enum LinkResult {
        LINKED,
        ALREADY_LINKED,
        NO_SUCH_CLAIM,
        SELF
    }

    private final ClaimLinkRepository links;
    private final ClaimQueries claims;
    private final EntityManager entities;
    private final TransactionLocks locks;

    LinkService(@Lazy ClaimLinkRepository links, ClaimQueries claims, EntityManager entities, TransactionLocks locks) {
        this.links = links;
        this.claims = claims;
        this.entities = entities;
        this.locks = locks;
    }

    LinkResult link(String fromSlug, long toId, LinkType type, String note) {
        long fromId = claims.load(fromSlug).id();
        if (fromId == toId) {
            return LinkResult.SELF;
        }
        Claim to = entities.find(Claim.class, toId);
        if (to == null) {
            return LinkResult.NO_SUCH_CLAIM;
        }
        Claim from = entities.getReference(Claim.class, fromId);
        locks.lock("claim-link:" + fromId + ":" + toId);
        if (links.existsByFromAndToAndType(from, to, type)) {
            return LinkResult.ALREADY_LINKED;
        }
        links.saveAndFlush(new ClaimLink(from, to, type, note));
        return LinkResult.LINKED;
    }

    void unlink(String claimSlug, long linkId) {
        long claimId = claims.load(claimSlug).id();
        links.findById(linkId)
                .filter(link ->
                        link.getFrom().getId() == claimId || link.getTo().getId() == claimId)
                .ifPresent(links::delete);
    }

    /** A claim being deleted takes its links with it, both ways, in its own transaction. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void onClaimDeleting(ClaimDeleting deleting) {
        Claim claim = entities.getReference(Claim.class, deleting.claimId());
        links.findByFrom(claim).forEach(links::delete);
        links.findByTo(claim).forEach(links::delete);
    }
}
