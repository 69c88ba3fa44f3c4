package org.claimtrail.claim;

import java.util.Map;
import java.util.Optional;

/**
 * A part of a claim's page that another module adds (a verdict, say), so this module shows it
 * without knowing it: the module names a template fragment, fills the model it reads, and may
 * review the claim in the page's schema.org markup.
 */
public interface ClaimPageSection {

    /** The template holding the section as its fragment {@code section}, e.g. {@code verdicts/section}. */
    String template();

    /** Where on the page the section goes. */
    enum Place {
        /** Between the claim's header and who says so: a verdict, the desk's work. */
        ABOVE_ATTRIBUTIONS,
        /** After who says so: related claims. */
        BELOW_ATTRIBUTIONS
    }

    default Place place() {
        return Place.ABOVE_ATTRIBUTIONS;
    }

    /** What the fragment reads, added to the page's model. */
    Map<String, Object> model(ClaimView claim);

    /**
     * A schema.org node that reviews the claim ({@code claimNode} as its itemReviewed), made from
     * this section's {@code model}; empty when the section reviews nothing.
     */
    default Optional<Map<String, Object>> review(
            Map<String, Object> model, Map<String, Object> claimNode, String claimUrl, String site) {
        return Optional.empty();
    }
}
