package org.claimtrail.claim;

import org.claimtrail.actor.ActorPageSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the claim module adds to an actor's page: the claims about them (their words are attribution's). */
@Configuration(proxyBeanMethods = false)
class ActorPageSectionsFromClaims {

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
