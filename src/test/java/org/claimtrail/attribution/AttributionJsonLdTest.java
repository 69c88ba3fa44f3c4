package org.claimtrail.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimtrail.actor.ActorKind;
import org.claimtrail.actor.ActorRef;
import org.claimtrail.claim.Stance;
import org.claimtrail.claim.StanceGroup;
import org.claimtrail.source.SourceKind;
import org.claimtrail.source.SourceRef;
import org.junit.jupiter.api.Test;

/** What "Who says so" adds to a claim's schema.org node: only what the attributions shown support. */
class AttributionJsonLdTest {

    private static final ActorRef PESKOV = new ActorRef(1, "dmitry-peskov", "Dmitry Peskov", ActorKind.PERSON);
    private static final ActorRef WSJ = new ActorRef(2, "wsj", "The Wall Street Journal", ActorKind.ORGANISATION);
    private static final SourceRef REPORT = new SourceRef(1, "The report", SourceKind.NEWS_REPORT, null, WSJ, null);
    private static final SourceRef POST = new SourceRef(2, "A post", SourceKind.SOCIAL_POST, null, null, null);

    @Test
    void namedSpeakersWhoAssertItAreItsAuthorsAndItsSourcesItsAppearances() {
        Map<String, Object> node = new LinkedHashMap<>();
        AttributionJsonLd.describe(
                groups(
                        row(Stance.ASSERTS, PESKOV, REPORT, null),
                        row(Stance.DENIES, WSJ, POST, null),
                        row(Stance.ASSERTS, null, POST, null)),
                node);

        assertThat(node.get("author"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .singleElement()
                .satisfies(author -> assertThat(author.toString()).contains("Dmitry Peskov"));
        assertThat(node.get("appearance"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .hasSize(2);
    }

    @Test
    void aWithdrawnAttributionAddsNothingAndNoListIsWrittenEmpty() {
        Map<String, Object> node = new LinkedHashMap<>();
        AttributionJsonLd.describe(groups(row(Stance.ASSERTS, PESKOV, REPORT, Instant.EPOCH)), node);

        assertThat(node).doesNotContainKeys("author", "appearance", "firstAppearance");
    }

    private static AttributionGroups groups(AttributionRow... rows) {
        Map<StanceGroup, AttributionGroups.Group> groups = new LinkedHashMap<>();
        for (AttributionRow row : rows) {
            groups.merge(
                    row.group(),
                    new AttributionGroups.Group(List.of(row), 1),
                    (a, b) -> new AttributionGroups.Group(
                            java.util.stream.Stream.concat(a.first().stream(), b.first().stream())
                                    .toList(),
                            a.total() + b.total()));
        }
        return new AttributionGroups(groups);
    }

    private static AttributionRow row(Stance stance, ActorRef speaker, SourceRef source, Instant withdrawnAt) {
        return new AttributionRow(
                1,
                1,
                "c",
                "A claim",
                stance,
                speaker,
                speaker == null ? "a person familiar" : null,
                speaker == null,
                null,
                null,
                null,
                null,
                0,
                Wording.SOURCE,
                null,
                null,
                source,
                withdrawnAt == null ? null : "Misread",
                withdrawnAt);
    }
}
