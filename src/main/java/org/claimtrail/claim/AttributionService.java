package org.claimtrail.claim;

import org.claimtrail.actor.Actor;
import org.claimtrail.actor.ActorService;
import org.claimtrail.database.Versions;
import org.claimtrail.date.FuzzyDate;
import org.claimtrail.form.UnknownChoice;
import org.claimtrail.site.NotFound;
import org.claimtrail.source.Source;
import org.claimtrail.source.SourceService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/** Every change to attributions. Each method is one transaction, ids resolved inside it: all of it or none. */
@Service
@Transactional
public class AttributionService {

    private final AttributionRepository attributions;
    private final ClaimRepository claims;
    private final SourceService sources;
    private final ActorService actors;
    private final Clock clock;

    AttributionService(@Lazy AttributionRepository attributions, @Lazy ClaimRepository claims, SourceService sources,
                       ActorService actors, Clock clock) {
        this.attributions = attributions;
        this.claims = claims;
        this.sources = sources;
        this.actors = actors;
        this.clock = clock;
    }

    /** Who says what, as an editor gives it: the source and the named speaker by id. */
    public record AttributionDetails(Long sourceId, Long speakerId, String speakerDescription, boolean anonymous,
                                     Integer sourceCount, String basis, Stance stance, String quote,
                                     FuzzyDate stated) {
    }

    /** The attribution with its claim, source and speaker; the site's 404 if there is none. */
    @Transactional(readOnly = true)
    public Attribution load(long id) {
        return attributions.findWithDetails(id).orElseThrow(() -> NotFound.attribution(id));
    }

    public Attribution create(String claimSlug, AttributionDetails details) {
        Claim claim = claims.findBySlug(claimSlug).orElseThrow(() -> NotFound.claim(claimSlug));
        return attributions.saveAndFlush(builder(claim, details).build());
    }

    public Attribution update(long id, Long expectedVersion, AttributionDetails details) {
        Attribution attribution = load(id);
        Versions.check(Attribution.class, id, expectedVersion, attribution.getVersion());
        attribution.revise(builder(attribution.getClaim(), details));
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

    private Attribution.Builder builder(Claim claim, AttributionDetails details) {
        Source source = details.sourceId() == null ? null : sources.find(details.sourceId())
                .orElseThrow(() -> new UnknownChoice("sourceId", "That source no longer exists; pick another."));
        Actor speaker = details.speakerId() == null ? null : actors.find(details.speakerId())
                .orElseThrow(() -> new UnknownChoice("speakerId", "That speaker no longer exists; pick another."));
        return Attribution.of(claim, source, details.stance())
                .speakerDetails(speaker, details.speakerDescription(), details.anonymous(), details.sourceCount(),
                        details.basis())
                .quote(details.quote())
                .stated(details.stated());
    }
}
