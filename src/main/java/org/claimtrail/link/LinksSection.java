package org.claimtrail.link;

import java.util.Map;
import org.claimtrail.claim.ClaimPageSection;
import org.claimtrail.claim.ClaimView;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** "Related claims" on a claim's page: the first links each way, below the attributions. */
@Component
@Order(100)
class LinksSection implements ClaimPageSection {

    private final LinkQueries links;

    LinksSection(LinkQueries links) {
        this.links = links;
    }

    @Override
    public String template() {
        return "links/section";
    }

    @Override
    public Map<String, Object> model(ClaimView claim) {
        return Map.of("links", links.first(claim.id()));
    }
}
