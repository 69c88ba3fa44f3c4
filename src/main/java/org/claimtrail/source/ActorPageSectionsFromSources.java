package org.claimtrail.source;

import org.claimtrail.actor.ActorPageSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the source module adds to an actor's page: the sources they published, when they published any. */
@Configuration(proxyBeanMethods = false)
class ActorPageSectionsFromSources {

    @Bean
    ActorPageSection publishedSection(SourceQueries sources) {
        return new ActorPageSection(
                40,
                "sources",
                "What they published",
                "What they published",
                null,
                null,
                "All they published →",
                "sources/fragments :: published",
                SourceQueries.BY_PUBLISHER,
                sources::publishedBy);
    }
}
