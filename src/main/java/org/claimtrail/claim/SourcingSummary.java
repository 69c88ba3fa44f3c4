package org.claimtrail.claim;

import java.util.ArrayList;
import java.util.List;

/**
 * How a claim is sourced, derived from its attributions on every read (by SQL over all of them,
 * however many) so it can never drift from them. The rule is implemented in one place,
 * {@code sourcing-summary.sql} beside {@link ClaimReadSql}, whose columns fill this record by name. Support is counted by independent origin: an
 * attribution that relays another's sourcing (the tracked report repeating the WSJ's officials)
 * adds an outlet, not a source. Named and anonymous are counted among assertions only; denials
 * and declines are counted apart, whoever makes them. Withdrawn attributions do not count.
 *
 * @param outlets          distinct publishers carrying an assertion; a source whose publisher is unknown counts on its own
 * @param origins          independent origins of the assertions (a relay counts as the origin it relays)
 * @param namedOrigins     origins whose speaker is named
 * @param anonymousOrigins origins whose speaker is anonymous
 * @param relays           assertions that only relay an origin's sourcing
 * @param assertions       attributions that assert or confirm the claim
 * @param denials          attributions that deny or dispute it
 * @param declines         declined to comment or did not respond
 * @param soleOrigin       who the only origin is: its named speaker (or the organisation they speak for), else the
 *                         outlet of its anonymous sources or of its own voice; null unless one origin
 * @param sourceCounts     the different numbers of anonymous sources the assertions give ("1,2"), where they differ; else null
 */
public record SourcingSummary(
        int outlets,
        int origins,
        int namedOrigins,
        int anonymousOrigins,
        int relays,
        int assertions,
        int denials,
        int declines,
        String soleOrigin,
        String sourceCounts) {

    public static final SourcingSummary NONE = new SourcingSummary(0, 0, 0, 0, 0, 0, 0, 0, null, null);

    /**
     * In words, for a claim page or a list row: "1 origin: anonymous sources in The Wall Street
     * Journal, relayed by 1 other source · no named source · 1 denial · 1 declined or did not respond",
     * or "1 origin: The Kremlin (named) · no denials · no declines".
     */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (origins == 0) {
            parts.add("no one asserts it");
        } else if (origins == 1) {
            String who = anonymousOrigins == 1
                    ? "anonymous sources" + (soleOrigin == null ? "" : " in " + soleOrigin)
                    : (soleOrigin == null ? "a named source" : soleOrigin + " (named)");
            parts.add("1 origin: " + who + relayed());
        } else {
            parts.add(origins + " independent origins (" + namedOrigins + " named, " + anonymousOrigins + " anonymous)"
                    + relayed());
        }
        if (origins > 0 && namedOrigins == 0) {
            parts.add("no named source");
        }
        if (sourceCounts != null) {
            parts.add("accounts differ on how many anonymous sources: " + String.join(" or ", sourceCounts.split(",")));
        }
        parts.add(plural(denials, "no denials", "1 denial", " denials"));
        parts.add(plural(declines, "no declines", "1 declined or did not respond", " declined or did not respond"));
        return String.join(" · ", parts);
    }

    private String relayed() {
        return relays == 0 ? "" : ", relayed by " + plural(relays, "", "1 other source", " other sources");
    }

    private static String plural(int n, String none, String one, String many) {
        return n == 0 ? none : n == 1 ? one : n + many;
    }
}
