package org.claimtrail.attribution;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.claimtrail.actor.Actor;
import org.claimtrail.actor.ActorService;
import org.claimtrail.claim.Claim;
import org.claimtrail.claim.ClaimDeleting;
import org.claimtrail.claim.ClaimQueries;
import org.claimtrail.claim.Stance;
import org.claimtrail.database.Versions;
import org.claimtrail.date.FuzzyDate;
import org.claimtrail.form.UnknownChoice;
import org.claimtrail.site.NotFound;
import org.claimtrail.source.Source;
import org.claimtrail.source.SourceService;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Every change to attributions. Each method is one transaction, ids resolved inside it: all of it or none. */
@Service
@Transactional
public class AttributionService {

    private final AttributionRepository attributions;
    private final ClaimQueries claims;
    private final EntityManager entities;
    private final SourceService sources;
    private final ActorService actors;
    private final Clock clock;

    AttributionService(
            @Lazy AttributionRepository attributions,
            ClaimQueries claims,
            EntityManager entities,
            SourceService sources,
            ActorService actors,
            Clock clock) {
        this.attributions = attributions;
        this.claims = claims;
        this.entities = entities;
        this.sources = sources;
        this.actors = actors;
        this.clock = clock;
    }

    /** Who says what, as an editor gives it: the source and the named speaker by id. */
    public record AttributionDetails(
            Long sourceId,
            Long speakerId,
            String speakerDescription,
            boolean anonymous,
            Integer sourceCount,
            String basis,
            Stance stance,
            String quote,
            Wording wording,
            Long relaysId,
            FuzzyDate stated,
            boolean separateOrigin) {

        /** The same, citing another source: an import's new source, once it is saved. */
        public AttributionDetails citing(Long source) {
            return new AttributionDetails(
                    source,
                    speakerId,
                    speakerDescription,
                    anonymous,
                    sourceCount,
                    basis,
                    stance,
                    quote,
                    wording,
                    relaysId,
                    stated,
                    separateOrigin);
        }
    }

    /** The attribution with its claim, source and speaker; the site's 404 if there is none. */
    @Transactional(readOnly = true)
    public Attribution load(long id) {
        return attributions.findWithDetails(id).orElseThrow(() -> NotFound.attribution(id));
    }

    public Attribution create(String claimSlug, AttributionDetails details) {
        return create(claims.load(claimSlug).id(), details);
    }

    /** The same, for a claim this transaction made (an import): by id, without looking it up again. */
    public Attribution create(long claimId, AttributionDetails details) {
        Claim claim = entities.getReference(Claim.class, claimId);
        return attributions.saveAndFlush(builder(claim, null, details).build());
    }

    public Attribution update(long id, Long expectedVersion, AttributionDetails details) {
        Attribution attribution = load(id);
        Versions.check(Attribution.class, id, expectedVersion, attribution.getVersion());
        attribution.revise(builder(attribution.getClaim(), attribution, details));
        if (attribution.getRelays() != null) {
            // Those that relayed this one now relay its origin: relays stay one step from an origin.
            attributions.findRelaysOf(attribution).forEach(relay -> relay.relayInstead(attribution.getRelays()));
        }
        return attributions.saveAndFlush(attribution);
    }

    public Attribution withdraw(long id, String reason) {
        Attribution attribution = load(id);
        attribution.withdraw(reason, clock.instant());
        return attribution;
    }

    /** Admins only; returns the slug of the claim it belonged to. */
    public String delete(long id) {
        Attribution attribution = load(id);
        attributions.delete(attribution);
        return attribution.getClaim().getSlug();
    }

    /** A claim being deleted takes its attributions with it, in its own transaction. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void onClaimDeleting(ClaimDeleting deleting) {
        attributions
                .findByClaim(entities.getReference(Claim.class, deleting.claimId()))
                .forEach(attributions::delete);
    }

    /** {@code editing} is the attribution being revised, null for a new one. */
    private Attribution.Builder builder(Claim claim, Attribution editing, AttributionDetails details) {
        Source source = details.sourceId() == null
                ? null
                : sources.find(details.sourceId())
                        .orElseThrow(
                                () -> new UnknownChoice("sourceId", "That source no longer exists; pick another."));
        Actor speaker = details.speakerId() == null
                ? null
                : actors.find(details.speakerId())
                        .orElseThrow(
                                () -> new UnknownChoice("speakerId", "That speaker no longer exists; pick another."));
        return Attribution.of(claim, source, details.stance())
                .speakerDetails(
                        speaker,
                        details.speakerDescription(),
                        details.anonymous(),
                        details.sourceCount(),
                        details.basis())
                .quote(details.quote(), details.wording())
                .relays(origin(claim, editing, details.relaysId()))
                .separateOrigin(details.separateOrigin())
                .stated(details.stated());
    }

    /** The attribution relayed: one of the same claim's, not this one, nor one that relays this one. */
    private Attribution origin(Claim claim, Attribution editing, Long relaysId) {
        if (relaysId == null) {
            return null;
        }
        Attribution origin = attributions
                .findWithDetails(relaysId)
                .filter(found -> found.getClaim().getId().equals(claim.getId()))
                .orElseThrow(() ->
                        new UnknownChoice("relaysId", "That attribution is not one of this claim's; pick another."));
        if (editing != null && (origin == editing || origin.getRelays() == editing)) {
            throw new UnknownChoice("relaysId", "An attribution cannot relay itself, or one that relays it.");
        }
        return origin;
    }
}
