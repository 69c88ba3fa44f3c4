package org.claimtrail.history;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimtrail.actor.Actor;
import org.claimtrail.attribution.Attribution;
import org.claimtrail.attribution.Wording;
import org.claimtrail.claim.Claim;
import org.claimtrail.database.VersionedEntity;
import org.claimtrail.date.FuzzyDate;
import org.claimtrail.link.ClaimLink;
import org.claimtrail.source.Source;
import org.claimtrail.story.Story;
import org.hibernate.proxy.HibernateProxy;

/**
 * How each audited type reads in a history: its fields as labelled text, so two revisions can be
 * compared field by field, plus a one-line name and a link. Other things it mentions (a source's
 * title, a speaker's name) are named by {@link NamesAtRevision}, read for a whole page at once at the
 * revision shown, never by loading each related revision on its own. New audited fields go here.
 */
enum HistoryFormat {
    CLAIM(Claim.class, "claim_aud") {
        @Override
        Map<String, String> fields(Object entity, long revision, NamesAtRevision names) {
            Claim c = (Claim) entity;
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("Statement", c.getStatement());
            fields.put("Status", c.getStatus() == null ? null : c.getStatus().label());
            fields.put("Reason for status", c.getStatusReason());
            fields.put("When", date(c.getEvent()));
            fields.put("Topics", c.getTopics().isEmpty() ? null : String.join(", ", c.getTopics()));
            fields.put("Story", names.story(idOf(c.getStory()), revision));
            fields.put("Withdrawn", c.getWithdrawnReason());
            return fields;
        }

        @Override
        List<Reference> references(Object entity) {
            return List.of(new Reference(NamesAtRevision.Kind.STORY, idOf(((Claim) entity).getStory())));
        }

        @Override
        String subject(Object entity, long revision, NamesAtRevision names) {
            return "Claim: " + shortened(((Claim) entity).getStatement());
        }

        @Override
        String link(Object entity, long revision, NamesAtRevision names) {
            return "/claims/" + ((Claim) entity).getSlug();
        }
    },

    ATTRIBUTION(Attribution.class, "attribution_aud") {
        @Override
        Map<String, String> fields(Object entity, long revision, NamesAtRevision names) {
            Attribution a = (Attribution) entity;
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("Source", names.source(idOf(a.getSource()), revision));
            fields.put("Speaker", names.actor(idOf(a.getSpeaker()), revision));
            fields.put("Speaker description", a.getSpeakerDescription());
            fields.put("Anonymous", a.isAnonymous() ? "yes" : "no");
            fields.put(
                    "Number of sources",
                    a.getSourceCount() == null ? null : a.getSourceCount().toString());
            fields.put("Basis", a.getBasis());
            fields.put("Stance", a.getStance() == null ? null : a.getStance().label());
            fields.put("Quote", a.getQuote());
            fields.put(
                    "Whose words",
                    a.getQuote() == null || a.getWording() == null
                            ? null
                            : a.getWording() == Wording.OWN ? "the speaker's own" : "the source's wording");
            fields.put("Relays", a.getRelays() == null ? null : "attribution " + idOf(a.getRelays()));
            fields.put("Said", date(a.getStated()));
            fields.put("Withdrawn", a.getWithdrawnReason());
            return fields;
        }

        @Override
        List<Reference> references(Object entity) {
            Attribution a = (Attribution) entity;
            return List.of(
                    new Reference(NamesAtRevision.Kind.SOURCE, idOf(a.getSource())),
                    new Reference(NamesAtRevision.Kind.ACTOR, idOf(a.getSpeaker())),
                    new Reference(NamesAtRevision.Kind.CLAIM, idOf(a.getClaim())));
        }

        @Override
        String subject(Object entity, long revision, NamesAtRevision names) {
            Attribution a = (Attribution) entity;
            String speaker = names.actor(idOf(a.getSpeaker()), revision);
            String who = speaker != null ? speaker : a.getSpeakerDescription();
            return "Attribution: " + who
                    + (a.getStance() == null
                            ? ""
                            : " " + a.getStance().verbFor(a.getSpeakerDescription(), speaker != null));
        }

        @Override
        String link(Object entity, long revision, NamesAtRevision names) {
            String slug = names.claimSlug(idOf(((Attribution) entity).getClaim()), revision);
            return slug == null ? null : "/claims/" + slug;
        }
    },

    LINK(ClaimLink.class, "claim_link_aud") {
        @Override
        Map<String, String> fields(Object entity, long revision, NamesAtRevision names) {
            ClaimLink l = (ClaimLink) entity;
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("From", names.claim(idOf(l.getFrom()), revision));
            fields.put("Relation", l.getType() == null ? null : l.getType().outgoingLabel());
            fields.put("To", names.claim(idOf(l.getTo()), revision));
            fields.put("Note", l.getNote());
            return fields;
        }

        @Override
        List<Reference> references(Object entity) {
            ClaimLink l = (ClaimLink) entity;
            return List.of(
                    new Reference(NamesAtRevision.Kind.CLAIM, idOf(l.getFrom())),
                    new Reference(NamesAtRevision.Kind.CLAIM, idOf(l.getTo())));
        }

        @Override
        String subject(Object entity, long revision, NamesAtRevision names) {
            ClaimLink l = (ClaimLink) entity;
            String from = names.claim(idOf(l.getFrom()), revision);
            return "Link from the claim: " + shortened(from == null ? "a claim" : from);
        }

        @Override
        String link(Object entity, long revision, NamesAtRevision names) {
            String slug = names.claimSlug(idOf(((ClaimLink) entity).getFrom()), revision);
            return slug == null ? null : "/claims/" + slug;
        }
    },

    SOURCE(Source.class, "source_aud") {
        @Override
        Map<String, String> fields(Object entity, long revision, NamesAtRevision names) {
            Source s = (Source) entity;
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("Kind", s.getKind() == null ? null : s.getKind().label());
            fields.put("Title", s.isTitleIsDescription() ? "[" + s.getTitle() + "]" : s.getTitle());
            fields.put("Publisher", names.actor(idOf(s.getPublisher()), revision));
            fields.put("Author", s.getAuthor());
            fields.put("Address", s.getUrl());
            fields.put("Archived copy", s.getArchiveUrl());
            fields.put("Published", date(s.getPublished()));
            fields.put(
                    "Retrieved",
                    s.getRetrievedOn() == null ? null : s.getRetrievedOn().toString());
            return fields;
        }

        @Override
        List<Reference> references(Object entity) {
            return List.of(new Reference(NamesAtRevision.Kind.ACTOR, idOf(((Source) entity).getPublisher())));
        }

        @Override
        String subject(Object entity, long revision, NamesAtRevision names) {
            return "Source: " + shortened(((Source) entity).getTitle());
        }

        @Override
        String link(Object entity, long revision, NamesAtRevision names) {
            return "/sources/" + ((Source) entity).getId();
        }
    },

    ACTOR(Actor.class, "actor_aud") {
        @Override
        Map<String, String> fields(Object entity, long revision, NamesAtRevision names) {
            Actor a = (Actor) entity;
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("Name", a.getName());
            fields.put("Kind", a.getKind() == null ? null : a.getKind().label());
            fields.put("Description", a.getDescription());
            return fields;
        }

        @Override
        String subject(Object entity, long revision, NamesAtRevision names) {
            return "Actor " + ((Actor) entity).getName();
        }

        @Override
        String link(Object entity, long revision, NamesAtRevision names) {
            return "/actors/" + ((Actor) entity).getSlug();
        }
    },

    STORY(Story.class, "story_aud") {
        @Override
        Map<String, String> fields(Object entity, long revision, NamesAtRevision names) {
            Story s = (Story) entity;
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("Title", s.getTitle());
            fields.put("Summary", s.getSummary());
            fields.put(
                    "Order of claims",
                    s.getClaimOrder() == null ? null : s.getClaimOrder().label());
            fields.put("Featured on the home page", s.isFeatured() ? "yes" : "no");
            return fields;
        }

        @Override
        String subject(Object entity, long revision, NamesAtRevision names) {
            return "Story " + ((Story) entity).getTitle();
        }

        @Override
        String link(Object entity, long revision, NamesAtRevision names) {
            return "/stories/" + ((Story) entity).getSlug();
        }
    };

    /** Something a revision mentions by id, to be named on the page. */
    record Reference(NamesAtRevision.Kind kind, Long id) {}

    private final Class<?> type;
    private final String auditTable;

    HistoryFormat(Class<?> type, String auditTable) {
        this.type = type;
        this.auditTable = auditTable;
    }

    Class<?> type() {
        return type;
    }

    /** Envers' table of this type's revisions (id, rev, …). */
    String auditTable() {
        return auditTable;
    }

    abstract Map<String, String> fields(Object entity, long revision, NamesAtRevision names);

    /** What the fields, subject and link name that lives in other tables; nothing, for most types. */
    List<Reference> references(Object entity) {
        return List.of();
    }

    abstract String subject(Object entity, long revision, NamesAtRevision names);

    abstract String link(Object entity, long revision, NamesAtRevision names);

    /** Every audited type is a {@link VersionedEntity}, which holds the id. */
    long id(Object entity) {
        return ((VersionedEntity) entity).getId();
    }

    /**
     * The id of a related revision without loading it: Envers hands relations over as proxies,
     * and asking a proxy for its identifier does not initialise it.
     */
    static Long idOf(Object related) {
        if (related instanceof HibernateProxy proxy) {
            return (Long) proxy.getHibernateLazyInitializer().getIdentifier();
        }
        return related instanceof VersionedEntity entity ? entity.getId() : null;
    }

    private static String shortened(String text) {
        return text.length() > 80 ? text.substring(0, 79) + "…" : text;
    }

    private static String date(FuzzyDate date) {
        if (date == null) {
            return null;
        }
        return date.label() == null ? date.edtf() : date.edtf() + " (" + date.label() + ")";
    }
}
