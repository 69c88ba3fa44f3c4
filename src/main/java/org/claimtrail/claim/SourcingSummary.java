package org.claimtrail.claim;

import org.claimtrail.source.Source;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * How a claim is sourced, derived from its attributions on every read so it can never drift
 * from them: how many distinct outlets carry it, named against anonymous attributions, and how
 * many deny it or decline to comment.
 *
 * @param outlets     distinct publishers; a source whose publisher is unknown counts on its own
 * @param named       attributions to a named speaker
 * @param anonymous   attributions to an anonymous speaker
 * @param assertions  attributions that assert or confirm the claim
 * @param denials     attributions that deny or dispute it
 * @param declines    declined to comment or did not respond
 */
public record SourcingSummary(int outlets, int named, int anonymous, int assertions, int denials, int declines) {

    public static SourcingSummary of(Collection<Attribution> attributions) {
        Set<Object> outlets = new HashSet<>();
        int named = 0;
        int anonymous = 0;
        int assertions = 0;
        int denials = 0;
        int declines = 0;
        for (Attribution attribution : attributions) {
            if (attribution.isWithdrawn()) {
                continue; // shown on the page, marked, but no longer part of the sourcing
            }
            outlets.add(outletOf(attribution.getSource()));
            if (attribution.isAnonymous()) {
                anonymous++;
            } else {
                named++;
            }
            switch (attribution.getStance().group()) {
                case ASSERTS -> assertions++;
                case DENIES -> denials++;
                case DECLINES -> declines++;
            }
        }
        return new SourcingSummary(outlets.size(), named, anonymous, assertions, denials, declines);
    }

    private static Object outletOf(Source source) {
        if (source.getPublisher() != null) {
            Long publisherId = source.getPublisher().getId();
            return publisherId != null ? "actor:" + publisherId : source.getPublisher();
        }
        // An unnamed publisher is one outlet per source: we cannot tell two of them apart.
        return source.getId() != null ? "source:" + source.getId() : source;
    }

    public int total() {
        return named + anonymous;
    }
}
