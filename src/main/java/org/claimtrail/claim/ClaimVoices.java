package org.claimtrail.claim;

import java.util.List;

/**
 * Who takes one stance on a claim, as a list names them: the first few speakers and how many
 * there are in all ("denies: Dmitry Peskov"; "assert: several officials, and 3 others").
 */
public record ClaimVoices(Stance stance, List<String> speakers, int total) {

    /** "Dmitry Peskov denies", "several officials and 2 others assert". */
    public String describe() {
        String who = String.join("; ", speakers);
        int more = total - speakers.size();
        String verb = stance.verbFor(speakers.size() == 1 && more == 0 ? speakers.get(0) : "several", false);
        return who + (more > 0 ? " and " + more + (more == 1 ? " other" : " others") : "") + " " + verb;
    }
}
