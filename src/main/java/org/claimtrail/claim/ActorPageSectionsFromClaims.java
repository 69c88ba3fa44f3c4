package org.claimtrail.claim;

import org.claimtrail.actor.ActorPageSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the claim module adds to an actor's page: their own words, what is reported of them, the claims about them. */
@Configuration(proxyBeanMethods = false)
class ActorPageSectionsFromClaims {

    @Bean
    ActorPageSection ownWordsSection(ClaimQueries claims) {
        return new ActorPageSection(
                10,
                "statements",
                "What they said, in their own words",
                "Their own words",
                null,
                "No quote of their own words is recorded.",
                "All their own words →",
                "fragments/claim :: attributions",
                ClaimQueries.STATEMENTS_ORDER,
                claims::statementsBy);
    }

    @Bean
    ActorPageSection reportedSection(ClaimQueries claims) {
        return new ActorPageSection(
                20,
                "reported",
                "Reported of them, in others' words",
                "Reported of them, in others' words",
                "What sources say they said or did, in the sources' own sentences: not their words.",
                null,
                "All that is reported of them →",
                "fragments/claim :: attributions",
                ClaimQueries.STATEMENTS_ORDER,
                claims::reportedOf);
    }

    @Bean
    ActorPageSection claimsAboutSection(ClaimQueries claims) {
        return new ActorPageSection(
                30,
                "claims",
                "Claims about them",
                "Claims about them",
                null,
                "No claim is about this actor.",
                "All claims about them →",
                "fragments/claim :: claims",
                ClaimQueries.SUBJECT_ORDER,
                claims::claimsAbout);
    }
}
