package org.claimtrail.claim;

import java.util.Map;
import java.util.Optional;

/**
 * A part of a claim's page that another module adds (who says so, a verdict, related claims), so
 * this module shows it without knowing it: the module names a template fragment, fills the model
 * it reads, and may describe or review the claim in the page's schema.org markup. Sections appear
 * in their {@code @Order}.
 */
public interface ClaimPageSection {

    /** The template holding the section as its fragment {@code section}, e.g. {@code verdicts/section}. */
    String template();

    /** What the fragment reads, added to the page's model. */
    Map<String, Object> model(ClaimView claim);

    /**
     * Adds what this section knows of the claim to its schema.org Claim node (who asserts it,
     * where it appeared), from this section's {@code model}; every section's, before any review.
     */
    default void describe(Map<String, Object> model, Map<String, Object> claimNode) {}

    /**
     * A schema.org node that reviews the claim ({@code claimNode} as its itemReviewed), made from
     * this section's {@code model}; empty when the section reviews nothing.
     */
    default Optional<Map<String, Object>> review(
            Map<String, Object> model, Map<String, Object> claimNode, String claimUrl, String site) {
        return Optional.empty();
    }
}
