package org.claimtrail.claim;

/**
 * How a claim is sourced, derived from its attributions on every read (by SQL over all of them,
 * however many) so it can never drift from them: how many distinct outlets carry it, named
 * against anonymous attributions, and how many deny it or decline to comment. Withdrawn
 * attributions do not count.
 *
 * @param outlets     distinct publishers; a source whose publisher is unknown counts on its own
 * @param named       attributions to a named speaker
 * @param anonymous   attributions to an anonymous speaker
 * @param assertions  attributions that assert or confirm the claim
 * @param denials     attributions that deny or dispute it
 * @param declines    declined to comment or did not respond
 */
public record SourcingSummary(int outlets, int named, int anonymous, int assertions, int denials, int declines) {

    public static final SourcingSummary NONE = new SourcingSummary(0, 0, 0, 0, 0, 0);

    public int total() {
        return named + anonymous;
    }

    /** In words, for a list row: "2 outlets · 1 named · 2 anonymous · 1 denial · no declines". */
    public String describe() {
        return plural(outlets, "no outlets", "1 outlet", " outlets") + " · " + named + " named · " + anonymous
                + " anonymous · " + plural(denials, "no denials", "1 denial", " denials") + " · "
                + plural(declines, "no declines", "1 decline or no response", " declines or no responses");
    }

    private static String plural(int n, String none, String one, String many) {
        return n == 0 ? none : n == 1 ? one : n + many;
    }
}
