package org.claimtrail.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimtrail.actor.ActorRef;
import org.claimtrail.attribution.AttributionGroups;
import org.claimtrail.attribution.AttributionRow;
import org.claimtrail.claim.ClaimPageView;
import org.claimtrail.claim.ClaimRow;
import org.claimtrail.claim.ClaimView;
import org.claimtrail.claim.SourcingSummary;
import org.claimtrail.claim.StanceGroup;
import org.claimtrail.link.LinkRow;
import org.claimtrail.link.LinksView;
import org.claimtrail.source.SourceRef;

/** JSON shapes of the claims API, made from the same projections as the pages. */
final class ClaimJson {

    private ClaimJson() {}

    record ClaimSummary(
            String slug,
            String url,
            String statement,
            String status,
            String statusReason,
            DateJson event,
            List<String> topics,
            String story,
            boolean withdrawn,
            SourcingJson sourcing) {

        static ClaimSummary of(ClaimRow c, String site) {
            return new ClaimSummary(
                    c.slug(),
                    site + "/claims/" + c.slug(),
                    c.statement(),
                    c.status().name(),
                    c.statusReason(),
                    DateJson.of(c.event()),
                    c.topics(),
                    c.story().slug(),
                    c.withdrawn(),
                    SourcingJson.of(c.summary()));
        }
    }

    /**
     * One claim: its facts, the first attributions of each stance group with the group's total and
     * the address of the full list, and the first links each way with their totals.
     */
    record ClaimDetail(
            String slug,
            String url,
            String statement,
            String status,
            String statusReason,
            DateJson event,
            List<String> topics,
            String story,
            List<ActorJson> subjects,
            Withdrawal withdrawn,
            SourcingJson sourcing,
            Map<String, GroupJson> attributions,
            List<LinkJson> linksOut,
            long linksOutTotal,
            List<LinkJson> linksIn,
            long linksInTotal) {

        static ClaimDetail of(ClaimPageView page, AttributionGroups attributions, LinksView links, String site) {
            ClaimView c = page.claim();
            Map<String, GroupJson> groups = new LinkedHashMap<>();
            attributions
                    .groups()
                    .forEach((group, rows) -> groups.put(group.code(), GroupJson.of(c.slug(), group, rows, site)));
            return new ClaimDetail(
                    c.slug(),
                    site + "/claims/" + c.slug(),
                    c.statement(),
                    c.status().name(),
                    c.statusReason(),
                    DateJson.of(c.event()),
                    c.topics(),
                    c.story().slug(),
                    page.subjects().stream().map(ActorJson::of).toList(),
                    Withdrawal.of(c.withdrawnReason(), c.withdrawnAt()),
                    SourcingJson.of(page.summary()),
                    groups,
                    links.outgoing().stream().map(l -> LinkJson.of(l, site)).toList(),
                    links.outgoingTotal(),
                    links.incoming().stream().map(l -> LinkJson.of(l, site)).toList(),
                    links.incomingTotal());
        }
    }

    /**
     * The sourcing summary as the API document promises it (schema SourcingSummary): the API's own
     * shape, so renaming or adding a field of the domain's summary cannot change what clients read.
     */
    record SourcingJson(
            int outlets,
            int origins,
            int namedOrigins,
            int anonymousOrigins,
            int relays,
            int assertions,
            int denials,
            int declines,
            String soleOrigin) {

        static SourcingJson of(SourcingSummary s) {
            return new SourcingJson(
                    s.outlets(),
                    s.origins(),
                    s.namedOrigins(),
                    s.anonymousOrigins(),
                    s.relays(),
                    s.assertions(),
                    s.denials(),
                    s.declines(),
                    s.soleOrigin());
        }
    }

    /** The start of one stance group: its first attributions, how many it has, and where to read them all. */
    record GroupJson(List<AttributionJson> first, long total, String all) {

        static GroupJson of(String slug, StanceGroup group, AttributionGroups.Group rows, String site) {
            return new GroupJson(
                    rows.first().stream().map(AttributionJson::of).toList(),
                    rows.total(),
                    site + "/api/claims/" + slug + "/attributions?group=" + group.code());
        }
    }

    /**
     * @param quoteWording "OWN" when the quote is the speaker's own words, "SOURCE" when it is the
     *                     source's wording of what they said or did; null without a quote
     * @param relays       the origin whose sourcing this attribution repeats, by its outlet; null for an origin
     */
    record AttributionJson(
            long id,
            String stance,
            ActorJson speaker,
            String speakerDescription,
            boolean anonymous,
            Integer sourceCount,
            String basis,
            String quote,
            boolean quoteShortened,
            String quoteWording,
            String relays,
            DateJson stated,
            SourceJson source,
            Withdrawal withdrawn) {

        static AttributionJson of(AttributionRow a) {
            return new AttributionJson(
                    a.id(),
                    a.stance().name(),
                    ActorJson.of(a.speaker()),
                    a.speakerDescription(),
                    a.anonymous(),
                    a.sourceCount(),
                    a.basis(),
                    a.quote(),
                    a.quoteShortened(),
                    a.quote() == null ? null : a.wording().name(),
                    a.relaysOrigin(),
                    DateJson.of(a.stated()),
                    SourceJson.of(a.source()),
                    Withdrawal.of(a.withdrawnReason(), a.withdrawnAt()));
        }
    }

    record SourceJson(long id, String kind, String title, ActorJson publisher, String url, DateJson published) {

        static SourceJson of(SourceRef s) {
            return new SourceJson(
                    s.id(),
                    s.kind().name(),
                    s.title(),
                    ActorJson.of(s.publisher()),
                    s.url(),
                    DateJson.of(s.published()));
        }
    }

    record ActorJson(String slug, String name, String kind) {

        static ActorJson of(ActorRef actor) {
            return actor == null
                    ? null
                    : new ActorJson(actor.slug(), actor.name(), actor.kind().name());
        }
    }

    record LinkJson(String type, String claim, String statement, String url, String note) {

        static LinkJson of(LinkRow link, String site) {
            return new LinkJson(
                    link.type().name(),
                    link.otherSlug(),
                    link.otherStatement(),
                    site + "/claims/" + link.otherSlug(),
                    link.note());
        }
    }

    record Withdrawal(String reason, Instant at) {

        static Withdrawal of(String reason, Instant at) {
            return at == null ? null : new Withdrawal(reason, at);
        }
    }
}
