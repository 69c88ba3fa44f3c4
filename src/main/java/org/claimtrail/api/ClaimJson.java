package org.claimtrail.api;

import org.claimtrail.actor.Actor;
import org.claimtrail.claim.Attribution;
import org.claimtrail.claim.Claim;
import org.claimtrail.claim.ClaimLink;
import org.claimtrail.claim.ClaimPage;
import org.claimtrail.claim.SourcingSummary;
import org.claimtrail.source.Source;

import java.time.Instant;
import java.util.List;

/** JSON shapes of the claims API. Field names are part of the API: rename nothing. */
final class ClaimJson {

    private ClaimJson() {
    }

    record ClaimSummary(String slug, String url, String statement, String status, String statusReason, DateJson event,
                        List<String> topics, String story, boolean withdrawn, SourcingSummary sourcing) {

        static ClaimSummary of(Claim c, String site) {
            return new ClaimSummary(c.getSlug(), site + "/claims/" + c.getSlug(), c.getStatement(), c.getStatus().name(),
                    c.getStatusReason(), DateJson.of(c.getEvent()), c.getTopics(), c.getStory().getSlug(),
                    c.isWithdrawn(), c.getSourcingSummary());
        }
    }

    record ClaimDetail(String slug, String url, String statement, String status, String statusReason, DateJson event,
                       List<String> topics, String story, List<ActorRef> subjects, Withdrawal withdrawn,
                       SourcingSummary sourcing, List<AttributionJson> attributions, List<LinkJson> linksOut,
                       List<LinkJson> linksIn) {

        static ClaimDetail of(ClaimPage page, String site) {
            Claim c = page.claim();
            return new ClaimDetail(c.getSlug(), site + "/claims/" + c.getSlug(), c.getStatement(), c.getStatus().name(),
                    c.getStatusReason(), DateJson.of(c.getEvent()), c.getTopics(), c.getStory().getSlug(),
                    c.getSubjects().stream().map(ActorRef::of).sorted(java.util.Comparator.comparing(ActorRef::name)).toList(),
                    Withdrawal.of(c.getWithdrawnReason(), c.getWithdrawnAt()), page.summary(),
                    c.getAttributions().stream().map(AttributionJson::of).toList(),
                    page.outgoing().stream().map(l -> LinkJson.of(l, l.getTo(), site)).toList(),
                    page.incoming().stream().map(l -> LinkJson.of(l, l.getFrom(), site)).toList());
        }
    }

    record AttributionJson(long id, String stance, ActorRef speaker, String speakerDescription, boolean anonymous,
                           Integer sourceCount, String basis, String quote, DateJson stated, SourceJson source,
                           Withdrawal withdrawn) {

        static AttributionJson of(Attribution a) {
            return new AttributionJson(a.getId(), a.getStance().name(), ActorRef.of(a.getSpeaker()),
                    a.getSpeakerDescription(), a.isAnonymous(), a.getSourceCount(), a.getBasis(), a.getQuote(),
                    DateJson.of(a.getStated()), SourceJson.of(a.getSource()),
                    Withdrawal.of(a.getWithdrawnReason(), a.getWithdrawnAt()));
        }
    }

    record SourceJson(long id, String kind, String title, ActorRef publisher, String author, String url,
                      String archiveUrl, DateJson published) {

        static SourceJson of(Source s) {
            return new SourceJson(s.getId(), s.getKind().name(), s.getTitle(), ActorRef.of(s.getPublisher()),
                    s.getAuthor(), s.getUrl(), s.getArchiveUrl(), DateJson.of(s.getPublished()));
        }
    }

    record ActorRef(String slug, String name, String kind) {

        static ActorRef of(Actor actor) {
            return actor == null ? null : new ActorRef(actor.getSlug(), actor.getName(), actor.getKind().name());
        }
    }

    record LinkJson(String type, String claim, String statement, String url, String note) {

        static LinkJson of(ClaimLink link, Claim other, String site) {
            return new LinkJson(link.getType().name(), other.getSlug(), other.getStatement(),
                    site + "/claims/" + other.getSlug(), link.getNote());
        }
    }

    record Withdrawal(String reason, Instant at) {

        static Withdrawal of(String reason, Instant at) {
            return at == null ? null : new Withdrawal(reason, at);
        }
    }

    /** One page of a list: the items and where they stand in the whole. */
    record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {
    }
}
