package org.claimtrail.attribution;

import java.util.Map;
import org.claimtrail.claim.ClaimPageSection;
import org.claimtrail.claim.ClaimView;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "Who says so" on a claim's page: the first attributions of each stance group. In the page's
 * schema.org markup it names who asserts the claim and where it appeared.
 */
@Component
@Order(50)
class AttributionsSection implements ClaimPageSection {

    private final AttributionQueries attributions;

    AttributionsSection(AttributionQueries attributions) {
        this.attributions = attributions;
    }

    @Override
    public String template() {
        return "attributions/section";
    }

    @Override
    public Map<String, Object> model(ClaimView claim) {
        return Map.of("attributionGroups", attributions.groupsOf(claim.id()));
    }

    @Override
    public void describe(Map<String, Object> model, Map<String, Object> claimNode) {
        AttributionJsonLd.describe((AttributionGroups) model.get("attributionGroups"), claimNode);
    }
}
