package org.claimtrail.history;

import org.claimtrail.actor.Actor;
import org.claimtrail.claim.Attribution;
import org.claimtrail.claim.Claim;
import org.claimtrail.claim.ClaimLink;
import org.claimtrail.date.FuzzyDate;
import org.claimtrail.source.Source;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * How each audited type reads in a history: its fields as labelled text, so two revisions can
 * be compared field by field, plus a one-line name and a link. New audited fields go here.
 */
enum Snapshot {

    CLAIM(Claim.class) {
        @Override
        Map<String, String> fields(Object entity) {
            Claim c = (Claim) entity;
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("Statement", c.getStatement());
            fields.put("Status", c.getStatus() == null ? null : c.getStatus().name());
            fields.put("Reason for status", c.getStatusReason());
            fields.put("When", date(c.getEvent()));
            fields.put("Topics", c.getTopics().isEmpty() ? null : String.join(", ", c.getTopics()));
            fields.put("Story", c.getStory() == null ? null : c.getStory().getTitle());
            fields.put("Withdrawn", c.getWithdrawnReason());
            return fields;
        }

        @Override
        String subject(Object entity) {
            String statement = ((Claim) entity).getStatement();
            return "Claim “" + (statement.length() > 80 ? statement.substring(0, 79) + "…" : statement) + "”";
        }

        @Override
        String link(Object entity) {
            return "/claims/" + ((Claim) entity).getSlug();
        }
    },

    ATTRIBUTION(Attribution.class) {
        @Override
        Map<String, String> fields(Object entity) {
            Attribution a = (Attribution) entity;
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("Source", a.getSource() == null ? null : a.getSource().getTitle());
            fields.put("Speaker", a.getSpeaker() == null ? null : a.getSpeaker().getName());
            fields.put("Speaker description", a.getSpeakerDescription());
            fields.put("Anonymous", a.isAnonymous() ? "yes" : "no");
            fields.put("Number of sources", a.getSourceCount() == null ? null : a.getSourceCount().toString());
            fields.put("Basis", a.getBasis());
            fields.put("Stance", a.getStance() == null ? null : a.getStance().name());
            fields.put("Quote", a.getQuote());
            fields.put("Said", date(a.getStated()));
            fields.put("Withdrawn", a.getWithdrawnReason());
            return fields;
        }

        @Override
        String subject(Object entity) {
            Attribution a = (Attribution) entity;
            String who = a.getSpeaker() != null ? a.getSpeaker().getName() : a.getSpeakerDescription();
            return "Attribution " + a.getId() + " (" + who + ")";
        }

        @Override
        String link(Object entity) {
            Claim claim = ((Attribution) entity).getClaim();
            return claim == null ? null : "/claims/" + claim.getSlug();
        }
    },

    LINK(ClaimLink.class) {
        @Override
        Map<String, String> fields(Object entity) {
            ClaimLink l = (ClaimLink) entity;
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("From", l.getFrom() == null ? null : l.getFrom().getStatement());
            fields.put("Relation", l.getType() == null ? null : l.getType().name());
            fields.put("To", l.getTo() == null ? null : l.getTo().getStatement());
            fields.put("Note", l.getNote());
            return fields;
        }

        @Override
        String subject(Object entity) {
            return "Link " + ((ClaimLink) entity).getId();
        }

        @Override
        String link(Object entity) {
            Claim from = ((ClaimLink) entity).getFrom();
            return from == null ? null : "/claims/" + from.getSlug();
        }
    },

    SOURCE(Source.class) {
        @Override
        Map<String, String> fields(Object entity) {
            Source s = (Source) entity;
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("Kind", s.getKind() == null ? null : s.getKind().name());
            fields.put("Title", s.getTitle());
            fields.put("Publisher", s.getPublisher() == null ? null : s.getPublisher().getName());
            fields.put("Author", s.getAuthor());
            fields.put("Address", s.getUrl());
            fields.put("Archived copy", s.getArchiveUrl());
            fields.put("Published", date(s.getPublished()));
            fields.put("Retrieved", s.getRetrievedOn() == null ? null : s.getRetrievedOn().toString());
            return fields;
        }

        @Override
        String subject(Object entity) {
            return "Source " + ((Source) entity).getId();
        }

        @Override
        String link(Object entity) {
            return "/sources/" + ((Source) entity).getId();
        }
    },

    ACTOR(Actor.class) {
        @Override
        Map<String, String> fields(Object entity) {
            Actor a = (Actor) entity;
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("Name", a.getName());
            fields.put("Kind", a.getKind() == null ? null : a.getKind().name());
            fields.put("Description", a.getDescription());
            return fields;
        }

        @Override
        String subject(Object entity) {
            return "Actor " + ((Actor) entity).getName();
        }

        @Override
        String link(Object entity) {
            return "/actors/" + ((Actor) entity).getSlug();
        }
    };

    private final Class<?> type;

    Snapshot(Class<?> type) {
        this.type = type;
    }

    Class<?> type() {
        return type;
    }

    abstract Map<String, String> fields(Object entity);

    abstract String subject(Object entity);

    abstract String link(Object entity);

    Function<Object, Object> id() {
        return entity -> switch (this) {
            case CLAIM -> ((Claim) entity).getId();
            case ATTRIBUTION -> ((Attribution) entity).getId();
            case LINK -> ((ClaimLink) entity).getId();
            case SOURCE -> ((Source) entity).getId();
            case ACTOR -> ((Actor) entity).getId();
        };
    }

    private static String date(FuzzyDate date) {
        if (date == null) {
            return null;
        }
        return date.label() == null ? date.edtf() : date.edtf() + " (" + date.label() + ")";
    }
}
