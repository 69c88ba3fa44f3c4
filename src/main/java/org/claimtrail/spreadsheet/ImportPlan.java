package org.claimtrail.spreadsheet;

import java.util.List;
import org.claimtrail.attribution.AttributionService.AttributionDetails;
import org.claimtrail.claim.ClaimService.ClaimDetails;
import org.claimtrail.source.SourceService.SourceDetails;

/**
 * What a sheet would become, row by row, before anything is saved: the claims, the attributions of
 * each with the source each cites (already in the record, or new), and for every row what it will
 * be saved as and what is wrong with which cell. Saved only when no row has a problem.
 */
public record ImportPlan(
        List<RowPreview> rows, List<PlannedClaim> claims, List<PlannedSource> newSources, List<String> notices) {

    public boolean saveable() {
        return rows.stream().allMatch(r -> r.problems().isEmpty());
    }

    public long problemRows() {
        return rows.stream().filter(r -> !r.problems().isEmpty()).count();
    }

    public int attributionCount() {
        return claims.stream().mapToInt(c -> c.attributions().size()).sum();
    }

    /** A claim to create, with the attributions the sheet gives it. */
    public record PlannedClaim(int line, ClaimDetails details, List<PlannedAttribution> attributions) {}

    /** An attribution to create; it cites an existing source by id, or one of the plan's new sources. */
    public record PlannedAttribution(
            int line, AttributionDetails details, Long existingSourceId, PlannedSource newSource) {}

    /** A source the sheet names that the record does not have yet; created once, however many rows cite it. */
    public record PlannedSource(String key, SourceDetails details) {}

    /** One row as it would be saved: what it becomes, in words, and each cell's problem. */
    public record RowPreview(
            int line,
            String kind,
            String claim,
            String who,
            String stance,
            String source,
            String date,
            List<CellProblem> problems,
            List<String> notes) {}

    /** A cell's problem, with the form's message. */
    public record CellProblem(String column, String message) {}
}
