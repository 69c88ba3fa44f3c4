package org.claimtrail.history;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Reads Envers' audit tables into field-by-field histories, newest first. */
@Service
@Transactional(readOnly = true)
public class HistoryService {

    private static final Comparator<HistoryEntry> NEWEST_FIRST =
            Comparator.comparingLong(HistoryEntry::revision).reversed().thenComparing(HistoryEntry::subject);

    private final EntityManager entityManager;

    HistoryService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The claim's own revisions, and those of its attributions and of links to or from it. */
    public List<HistoryEntry> ofClaim(long claimId) {
        List<HistoryEntry> entries = new ArrayList<>();
        entries.addAll(track(Snapshot.CLAIM, AuditEntity.id().eq(claimId)));
        entries.addAll(track(Snapshot.ATTRIBUTION, AuditEntity.relatedId("claim").eq(claimId)));
        entries.addAll(track(Snapshot.LINK, AuditEntity.or(
                AuditEntity.relatedId("from").eq(claimId), AuditEntity.relatedId("to").eq(claimId))));
        entries.sort(NEWEST_FIRST);
        return entries;
    }

    public List<HistoryEntry> ofSource(long sourceId) {
        return newestFirst(track(Snapshot.SOURCE, AuditEntity.id().eq(sourceId)));
    }

    public List<HistoryEntry> ofActor(long actorId) {
        return newestFirst(track(Snapshot.ACTOR, AuditEntity.id().eq(actorId)));
    }

    /** The last {@code limit} changes across the site. */
    public List<HistoryEntry> recent(int limit) {
        return recent(limit, EnumSet.allOf(Snapshot.class));
    }

    /** The last {@code limit} changes to the given kinds of thing. */
    List<HistoryEntry> recent(int limit, Set<Snapshot> kinds) {
        List<HistoryEntry> entries = new ArrayList<>();
        for (Snapshot snapshot : kinds) {
            List<?> ids = reader().createQuery().forRevisionsOfEntity(snapshot.type(), true, true)
                    .addProjection(AuditEntity.id())
                    .addOrder(AuditEntity.revisionNumber().desc())
                    .setMaxResults(limit)
                    .getResultList();
            Set<Object> distinct = new LinkedHashSet<>(ids);
            if (!distinct.isEmpty()) {
                entries.addAll(track(snapshot, AuditEntity.id().in(distinct)));
            }
        }
        entries.sort(NEWEST_FIRST);
        return entries.subList(0, Math.min(limit, entries.size()));
    }

    /** Finds claims by slug even after they were deleted: their history outlives them. */
    public Optional<Long> claimIdBySlug(String slug) {
        return idByProperty(Snapshot.CLAIM, "slug", slug);
    }

    public Optional<Long> actorIdBySlug(String slug) {
        return idByProperty(Snapshot.ACTOR, "slug", slug);
    }

    public boolean sourceExisted(long id) {
        return !reader().createQuery().forRevisionsOfEntity(Snapshot.SOURCE.type(), true, true)
                .add(AuditEntity.id().eq(id)).setMaxResults(1).getResultList().isEmpty();
    }

    private Optional<Long> idByProperty(Snapshot snapshot, String property, Object value) {
        List<?> ids = reader().createQuery().forRevisionsOfEntity(snapshot.type(), true, true)
                .addProjection(AuditEntity.id())
                .add(AuditEntity.property(property).eq(value))
                .setMaxResults(1)
                .getResultList();
        return ids.isEmpty() ? Optional.empty() : Optional.of(((Number) ids.get(0)).longValue());
    }

    private List<HistoryEntry> track(Snapshot snapshot, AuditCriterion criterion) {
        List<?> rows = reader().createQuery().forRevisionsOfEntity(snapshot.type(), false, true)
                .add(criterion)
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        Map<Object, Map<String, String>> previous = new HashMap<>();
        List<HistoryEntry> entries = new ArrayList<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            Object entity = columns[0];
            Revision revision = (Revision) columns[1];
            RevisionType type = (RevisionType) columns[2];
            Object id = snapshot.id().apply(entity);
            Map<String, String> fields = snapshot.fields(entity);
            Map<String, String> before = previous.get(id);
            List<FieldChange> changes = type == RevisionType.DEL ? diff(fields, Map.of()) : diff(before, fields);
            previous.put(id, fields);
            entries.add(new HistoryEntry(revision.getId(), revision.getInstant(), revision.getUsername(),
                    snapshot.subject(entity), type == RevisionType.DEL ? null : snapshot.link(entity), type, changes));
        }
        return entries;
    }

    static List<FieldChange> diff(Map<String, String> before, Map<String, String> after) {
        Set<String> fields = new LinkedHashSet<>(after.keySet());
        if (before != null) {
            fields.addAll(before.keySet());
        }
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            String was = before == null ? null : before.get(field);
            String now = after.get(field);
            if (!Objects.equals(was, now)) {
                changes.add(new FieldChange(field, was, now));
            }
        }
        return changes;
    }

    private static List<HistoryEntry> newestFirst(List<HistoryEntry> entries) {
        entries.sort(NEWEST_FIRST);
        return entries;
    }

    private AuditReader reader() {
        return AuditReaderFactory.get(entityManager);
    }
}
