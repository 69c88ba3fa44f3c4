package org.claimtrail.spreadsheet;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import org.claimtrail.attribution.AttributionService;
import org.claimtrail.claim.Claim;
import org.claimtrail.claim.ClaimService;
import org.claimtrail.history.RevisionNotes;
import org.claimtrail.source.SourceService;
import org.claimtrail.spreadsheet.ImportPlan.PlannedAttribution;
import org.claimtrail.spreadsheet.ImportPlan.PlannedClaim;
import org.claimtrail.spreadsheet.ImportPlan.PlannedSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves a plan with no problems, all of it or none: one transaction, so one revision in the history
 * (noted as an import), and a failure on any row leaves the record as it was. The services it calls
 * are the forms' own, and check again what the preview checked (an address taken meanwhile, a
 * story or actor gone).
 */
@Service
class SpreadsheetImport {

    private final ClaimService claims;
    private final AttributionService attributions;
    private final SourceService sources;
    private final EntityManager entities;

    SpreadsheetImport(
            ClaimService claims, AttributionService attributions, SourceService sources, EntityManager entities) {
        this.claims = claims;
        this.attributions = attributions;
        this.sources = sources;
        this.entities = entities;
    }

    /** What an import made. */
    record Imported(int claims, int attributions, int sources) {}

    @Transactional
    Imported save(ImportPlan plan, String storyTitle) {
        if (!plan.saveable()) {
            throw new IllegalStateException("A plan with problems is never saved");
        }
        RevisionNotes.note("Imported from a spreadsheet into “" + storyTitle + "”: "
                + plan.claims().size()
                + " claim(s), " + plan.attributionCount() + " attribution(s), "
                + plan.newSources().size()
                + " new source(s).");
        Map<String, Long> made = new HashMap<>();
        for (PlannedSource source : plan.newSources()) {
            made.put(source.key(), sources.create(source.details()).getId());
        }
        int attributionCount = 0;
        for (PlannedClaim planned : plan.claims()) {
            Claim claim = claims.create(planned.details());
            for (PlannedAttribution a : planned.attributions()) {
                Long sourceId = a.newSource() != null ? made.get(a.newSource().key()) : a.existingSourceId();
                attributions.create(claim.getId(), a.details().citing(sourceId));
                attributionCount++;
            }
            // Every save flushes, and a flush checks every entity the transaction holds: a thousand
            // rows held at once made the import quadratic. What is saved is written; let it go.
            entities.flush();
            entities.clear();
        }
        return new Imported(
                plan.claims().size(), attributionCount, plan.newSources().size());
    }
}
