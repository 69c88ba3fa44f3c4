package org.claimtrail.claim;

import org.claimtrail.actor.Actor;
import org.claimtrail.actor.ActorKind;
import org.claimtrail.source.Source;
import org.claimtrail.source.SourceKind;
import org.claimtrail.story.Story;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SourcingSummaryTest {

    private final Story story = new Story("s", "Story", null);
    private final Actor wsj = new Actor("wsj", "WSJ", ActorKind.NEWS_OUTLET, null);
    private final Actor tass = new Actor("tass", "TASS", ActorKind.NEWS_OUTLET, null);
    private final Actor peskov = new Actor("peskov", "Dmitry Peskov", ActorKind.PERSON, null);
    private final Actor musk = new Actor("musk", "Elon Musk", ActorKind.PERSON, null);

    @Test
    void countsOutletsNamedAndAnonymousDenialsAndDeclines() {
        Claim claim = new Claim(story, "c", "Regular contact", ClaimStatus.DISPUTED, "denied", null);
        Source wsjReport = new Source(SourceKind.NEWS_REPORT, "WSJ report", wsj, null, null);
        Source wsjFollowUp = new Source(SourceKind.NEWS_REPORT, "WSJ follow-up", wsj, null, null);
        Source tassWire = new Source(SourceKind.WIRE_REPORT, "TASS", tass, null, null);
        Attribution.of(claim, wsjReport, Stance.ASSERTS).anonymous("several officials", null, "officials").build();
        Attribution.of(claim, wsjFollowUp, Stance.CONFIRMS).anonymous("two people", 2, "briefed").build();
        Attribution.of(claim, tassWire, Stance.DENIES).speaker(peskov).build();
        Attribution.of(claim, wsjReport, Stance.DID_NOT_RESPOND).speaker(musk).build();
        Attribution.of(claim, wsjReport, Stance.DECLINES_TO_COMMENT).describedAs("a Pentagon spokesman").build();

        SourcingSummary summary = claim.getSourcingSummary();

        assertThat(summary).isEqualTo(new SourcingSummary(2, 3, 2, 2, 1, 2));
        assertThat(summary.total()).isEqualTo(5);
    }

    @Test
    void sourcesWithoutANamedPublisherCountAsOneOutletEach() {
        Claim claim = new Claim(story, "c", "Statement", ClaimStatus.REPORTED, null, null);
        Source first = new Source(SourceKind.NEWS_REPORT, "Unsigned write-up", null, null, null);
        Source second = new Source(SourceKind.NEWS_REPORT, "Another unsigned write-up", null, null, null);
        Attribution.of(claim, first, Stance.ASSERTS).speaker(musk).build();
        Attribution.of(claim, first, Stance.DISPUTES).speaker(peskov).build();
        Attribution.of(claim, second, Stance.ASSERTS).speaker(musk).build();

        SourcingSummary summary = claim.getSourcingSummary();

        assertThat(summary.outlets()).isEqualTo(2);
        assertThat(summary.denials()).isEqualTo(1);
        assertThat(summary.assertions()).isEqualTo(2);
    }

    @Test
    void withdrawnAttributionsNoLongerCount() {
        Claim claim = new Claim(story, "c", "Statement", ClaimStatus.REPORTED, null, null);
        Source tassWire = new Source(SourceKind.WIRE_REPORT, "TASS", tass, null, null);
        Attribution.of(claim, tassWire, Stance.DENIES).speaker(peskov).build()
                .withdraw("entered twice", java.time.Instant.now());
        Attribution.of(claim, tassWire, Stance.ASSERTS).speaker(musk).build();

        assertThat(claim.getSourcingSummary()).isEqualTo(new SourcingSummary(1, 1, 0, 1, 0, 0));
    }

    @Test
    void aClaimWithNoAttributionsHasAnEmptySummary() {
        Claim claim = new Claim(story, "c", "Statement", ClaimStatus.REPORTED, null, null);

        assertThat(claim.getSourcingSummary()).isEqualTo(new SourcingSummary(0, 0, 0, 0, 0, 0));
    }
}
