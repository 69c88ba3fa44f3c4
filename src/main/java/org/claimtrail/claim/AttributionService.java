package org.claimtrail.claim;

import org.claimtrail.actor.Actor;
import org.claimtrail.date.FuzzyDate;
import org.claimtrail.form.EditConflicts;
import org.claimtrail.source.Source;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Optional;

@Service
@Transactional
public class AttributionService {

    private final AttributionRepository attributions;
    private final ClaimRepository claims;
    private final Clock clock;

    AttributionService(AttributionRepository attributions, ClaimRepository claims, Clock clock) {
        this.attributions = attributions;
        this.claims = claims;
        this.clock = clock;
    }

    /** Who says what, as an editor gives it; the entities are already looked up. */
    public record AttributionDetails(Source source, Actor speaker, String speakerDescription, boolean anonymous,
                                     Integer sourceCount, String basis, Stance stance, String quote,
                                     FuzzyDate stated) {

        Attribution.Builder toBuilder(Claim claim) {
            return Attribution.of(claim, source, stance)
                    .speakerDetails(speaker, speakerDescription, anonymous, sourceCount, basis)
                    .quote(quote)
                    .stated(stated);
        }
    }

    @Transactional(readOnly = true)
    public Optional<Attribution> find(long id) {
        return attributions.findWithDetails(id);
    }

    public Attribution create(long claimId, AttributionDetails details) {
        Claim claim = claims.findById(claimId).orElseThrow();
        return attributions.saveAndFlush(details.toBuilder(claim).build());
    }

    public Attribution update(long id, Long expectedVersion, AttributionDetails details) {
        Attribution attribution = attributions.findWithDetails(id).orElseThrow();
        EditConflicts.check(Attribution.class, id, expectedVersion, attribution.getVersion());
        attribution.revise(details.toBuilder(attribution.getClaim()));
        return attributions.saveAndFlush(attribution);
    }

    public void withdraw(long id, String reason) {
        attributions.findWithDetails(id).orElseThrow().withdraw(reason, clock.instant());
    }

    public void delete(long id) {
        attributions.findWithDetails(id).ifPresent(attributions::delete);
    }
}
