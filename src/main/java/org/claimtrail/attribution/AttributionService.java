package org.claimtrail.attribution;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
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
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Every change to attributions. Each method is one transaction, ids resolved inside it: all of it or none. */
@Service
@Transactional
public class AttributionService {

    /** Decliners compared with an anonymous description: more than any claim has. */
    static final int DECLINERS_CHECKED = 50;

    /** Attributions named in "counted as the same origin as …". */
    static final int SAME_ORIGIN_NAMED = 3;

    private final AttributionRepository attributions;
    private final AttributionReadSql readSql;
    private final ClaimQueries claims;
    private final EntityManager entities;
    private final SourceService sources;
    private final ActorService actors;
    private final Clock clock;

    AttributionService(
            @Lazy AttributionRepository attributions,
            AttributionReadSql readSql,
            ClaimQueries claims,
            EntityManager entities,
            SourceService sources,
            ActorService actors,
            Clock clock) {
        this.attributions = attributions;
        this.readSql = readSql;
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
            boolean separateOrigin,
            String anonymityReason,
            boolean confirmedBesideADecline) {

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
                    separateOrigin,
                    anonymityReason,
                    confirmedBesideADecline);
        }
    }

    /** The attribution with its claim, source and speaker; the site's 404 if there is none. */
    @Transactional(readOnly = true)
    public Attribution load(long id) {
        return attributions.findWithDetails(id).orElseThrow(() -> NotFound.attribution(id));
    }

    /** A save, and what the editor is told of it: whom it counts as the same origin as, if anyone. */
    public record Saved(Attribution attribution, Optional<String> sameOrigin) {}

    /**
     * Adds the attribution and says, in the same transaction, whom it counts as the same origin as:
     * "Counted as the same origin as The Kremlin in the tracked report". One speaker carried by two
     * outlets is one origin by default, so the editor is told rather than having to think of it.
     */
    public Saved createTelling(String claimSlug, AttributionDetails details) {
        Attribution added = create(claimSlug, details);
        return new Saved(added, sameOriginNote(added.getId()));
    }

    /** Revises the attribution and says whom it now counts as the same origin as, if anyone. */
    public Saved updateTelling(long id, Long expectedVersion, AttributionDetails details) {
        Attribution saved = update(id, expectedVersion, details);
        return new Saved(saved, sameOriginNote(id));
    }

    private Optional<String> sameOriginNote(long id) {
        List<String> same = readSql.sameOriginAs(id, SAME_ORIGIN_NAMED);
        if (same.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Counted as the same origin as " + String.join("; ", same)
                + (same.size() == SAME_ORIGIN_NAMED ? " and others" : "")
                + ": one speaker, or one outlet’s anonymous sources, counts once however many outlets carry it.");
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
        boolean describedAsBefore = editing != null
                && editing.isAnonymous()
                && java.util.Objects.equals(editing.getSpeakerDescription(), details.speakerDescription());
        if (details.anonymous() && !details.confirmedBesideADecline() && !describedAsBefore) {
            // Asked once, when the description is typed: an edit of anything else does not ask again.
            checkNotADecliner(claim, details.speakerDescription());
        }
        return Attribution.of(claim, source, details.stance())
                .speakerDetails(
                        speaker,
                        details.speakerDescription(),
                        details.anonymous(),
                        details.sourceCount(),
                        details.basis())
                .quote(details.quote(), details.wording())
                .relays(origin(claim, editing, details.relaysId()))
                .anonymityReason(details.anonymityReason())
                .separateOrigin(details.separateOrigin())
                .stated(details.stated());
    }

    /**
     * An anonymous source described as one who declined to comment on the same claim ("a Pentagon
     * official" beside the Pentagon's spokesman declining) is saved only once the editor confirms
     * the source shows it: otherwise it reads as the decliner confirming it off the record.
     */
    private void checkNotADecliner(Claim claim, String description) {
        if (description == null) {
            return;
        }
        for (Actor decliner : attributions.findDecliners(claim, Limit.of(DECLINERS_CHECKED))) {
            for (Actor who :
                    decliner.getSpeaksFor() == null ? List.of(decliner) : List.of(decliner, decliner.getSpeaksFor())) {
                if (AnonymousSources.names(description, who.getName())) {
                    throw new UnknownChoice(
                            "confirmedBesideADecline",
                            decliner.getName() + " declined to comment on this claim, and this anonymous source is"
                                    + " described as " + who.getName() + "'s. Save it only if the source shows"
                                    + " that: tick \"The source shows it\".");
                }
            }
        }
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
