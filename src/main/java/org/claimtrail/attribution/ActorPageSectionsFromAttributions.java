package org.claimtrail.attribution;

import org.claimtrail.actor.ActorPageSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the attribution module adds to an actor's page: their own words, and what is reported of them. */
@Configuration(proxyBeanMethods = false)
class ActorPageSectionsFromAttributions {

    @Bean
    ActorPageSection ownWordsSection(AttributionQueries attributions) {
        return new ActorPageSection(
                10,
                "statements",
                "What they said, in their own words",
                "Their own words",
                null,
                "No quote of their own words is recorded.",
                "All their own words →",
                "fragments/claim :: attributions",
                AttributionQueries.STATEMENTS_ORDER,
                attributions::statementsBy);
    }

    @Bean
    ActorPageSection reportedSection(AttributionQueries attributions) {
        return new ActorPageSection(
                20,
                "reported",
                "Reported of them, in others' words",
                "Reported of them, in others' words",
                "What sources say they said or did, in the sources' own sentences: not their words.",
                null,
                "All that is reported of them →",
                "fragments/claim :: attributions",
                AttributionQueries.STATEMENTS_ORDER,
                attributions::reportedOf);
    }
}
