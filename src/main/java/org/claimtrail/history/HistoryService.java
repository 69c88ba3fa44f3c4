package org.claimtrail.history;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.claimtrail.database.ReaderTransaction;
import org.claimtrail.paging.Cursor;
import org.claimtrail.paging.Keyset;
import org.claimtrail.paging.PageRequest;
import org.claimtrail.paging.Window;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads Envers' audit tables into field-by-field histories, newest first, a page at a time: a
 * claim edited a thousand times, or deleted with thousands of attributions in one revision, still
 * shows a page of {@code size} changes. Each kind of thing costs three statements per page: its
 * changes on the page, the revisions just before them, and those revisions' values for the diff.
 */
@Service
@ReaderTransaction
public class HistoryService {

    /** Newest first: revision, kind of thing, thing. */
    public static final Keyset NEWEST_FIRST =
            Keyset.descending(Keyset.number("rev"), Keyset.number("kind"), Keyset.number("id"));

    private static final Comparator<Change> NEWEST = Comparator.comparingLong((Change c) -> c.revision.getId())
            .thenComparing(c -> c.snapshot.ordinal())
            .thenComparing(c -> c.id)
            .reversed();

    private final EntityManager entityManager;
    private final JdbcClient jdbc;

    HistoryService(EntityManager entityManager, JdbcClient jdbc) {
        this.entityManager = entityManager;
        this.jdbc = jdbc;
    }

    /** The claim's own revisions, and those of its attributions and of links to or from it. */
    public Window<HistoryEntry> ofClaim(long claimId, PageRequest page) {
        Map<HistoryFormat, AuditCriterion> criteria = new EnumMap<>(HistoryFormat.class);
        criteria.put(HistoryFormat.CLAIM, AuditEntity.id().eq(claimId));
        criteria.put(HistoryFormat.ATTRIBUTION, AuditEntity.relatedId("claim").eq(claimId));
        criteria.put(
                HistoryFormat.LINK,
                AuditEntity.or(
                        AuditEntity.relatedId("from").eq(claimId),
                        AuditEntity.relatedId("to").eq(claimId)));
        return page(criteria, page);
    }

    public Window<HistoryEntry> ofSource(long sourceId, PageRequest page) {
        return page(Map.of(HistoryFormat.SOURCE, AuditEntity.id().eq(sourceId)), page);
    }

    public Window<HistoryEntry> ofActor(long actorId, PageRequest page) {
        return page(Map.of(HistoryFormat.ACTOR, AuditEntity.id().eq(actorId)), page);
    }

    public Window<HistoryEntry> ofStory(long storyId, PageRequest page) {
        return page(Map.of(HistoryFormat.STORY, AuditEntity.id().eq(storyId)), page);
    }

    /** Every change across the site. */
    public Window<HistoryEntry> recent(PageRequest page) {
        return recent(page, EnumSet.allOf(HistoryFormat.class));
    }

    /** The changes to the given kinds of thing. */
    Window<HistoryEntry> recent(PageRequest page, Set<HistoryFormat> kinds) {
        Map<HistoryFormat, AuditCriterion> criteria = new EnumMap<>(HistoryFormat.class);
        kinds.forEach(kind -> criteria.put(kind, null));
        return page(criteria, page);
    }

    /**
     * The claim at this address now, or the one that was there before it was deleted: its
     * history outlives it. A claim with no recorded changes (bulk-loaded) still has a history page.
     */
    public Optional<Long> claimIdBySlug(String slug) {
        return liveId("select id from claim where slug = :slug", slug)
                .or(() -> idByProperty(HistoryFormat.CLAIM, "slug", slug));
    }

    public Optional<Long> actorIdBySlug(String slug) {
        return liveId("select id from actor where slug = :slug", slug)
                .or(() -> idByProperty(HistoryFormat.ACTOR, "slug", slug));
    }

    public Optional<Long> storyIdBySlug(String slug) {
        return liveId("select id from story where slug = :slug", slug)
                .or(() -> idByProperty(HistoryFormat.STORY, "slug", slug));
    }

    private Optional<Long> liveId(String sql, String slug) {
        return jdbc.sql(sql).param("slug", slug).query(Long.class).optional();
    }

    public boolean sourceExisted(long id) {
        return jdbc.sql("select exists (select 1 from source where id = :id)")
                        .param("id", id)
                        .query(Boolean.class)
                        .single()
                || !reader().createQuery()
                        .forRevisionsOfEntity(HistoryFormat.SOURCE.type(), true, true)
                        .add(AuditEntity.id().eq(id))
                        .setMaxResults(1)
                        .getResultList()
                        .isEmpty();
    }

    private Optional<Long> idByProperty(HistoryFormat snapshot, String property, Object value) {
        List<?> ids = reader().createQuery()
                .forRevisionsOfEntity(snapshot.type(), true, true)
                .addProjection(AuditEntity.id())
                .add(AuditEntity.property(property).eq(value))
                .setMaxResults(1)
                .getResultList();
        return ids.isEmpty() ? Optional.empty() : Optional.of(((Number) ids.get(0)).longValue());
    }

    /** One change as Envers returns it. */
    private record Change(HistoryFormat snapshot, Object entity, Revision revision, RevisionType type, long id) {

        Cursor key() {
            return Cursor.of(revision.getId(), (long) snapshot.ordinal(), id);
        }
    }

    private Window<HistoryEntry> page(Map<HistoryFormat, AuditCriterion> criteria, PageRequest page) {
        List<Change> changes = new ArrayList<>();
        criteria.forEach((snapshot, criterion) -> changes.addAll(changes(snapshot, criterion, page)));
        changes.sort(page.backwards() ? NEWEST.reversed() : NEWEST);
        List<Change> read = changes.subList(0, Math.min(changes.size(), page.size() + 1));
        Window<Change> window = Window.of(read, page, Change::key);
        return window.map(new Diffs(window.items())::entry);
    }

    /** At most a page and one of this kind's changes beyond the cursor, in reading order. */
    private List<Change> changes(HistoryFormat snapshot, AuditCriterion criterion, PageRequest page) {
        var query = reader().createQuery().forRevisionsOfEntity(snapshot.type(), false, true);
        if (criterion != null) {
            query.add(criterion);
        }
        beyond(snapshot, page).ifPresent(query::add);
        boolean oldestFirst = page.backwards();
        query.addOrder(
                        oldestFirst
                                ? AuditEntity.revisionNumber().asc()
                                : AuditEntity.revisionNumber().desc())
                .addOrder(
                        oldestFirst ? AuditEntity.id().asc() : AuditEntity.id().desc())
                .setMaxResults(page.size() + 1);
        List<Change> changes = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            changes.add(new Change(
                    snapshot, columns[0], (Revision) columns[1], (RevisionType) columns[2], snapshot.id(columns[0])));
        }
        return changes;
    }

    /** The changes of this kind past the cursor, in the order newest first: revision, kind, thing. */
    private static Optional<AuditCriterion> beyond(HistoryFormat snapshot, PageRequest page) {
        Cursor cursor = page.after() != null ? page.after() : page.before();
        if (cursor == null) {
            return Optional.empty();
        }
        String[] parts = cursor.toString().split("~");
        long revision = Long.parseLong(parts[0]);
        int kind = Integer.parseInt(parts[1]);
        long id = Long.parseLong(parts[2]);
        boolean older = page.after() != null;
        int order = Integer.compare(snapshot.ordinal(), kind);
        if (order == 0) {
            return Optional.of(AuditEntity.or(
                    older
                            ? AuditEntity.revisionNumber().lt(revision)
                            : AuditEntity.revisionNumber().gt(revision),
                    AuditEntity.and(
                            AuditEntity.revisionNumber().eq(revision),
                            older ? AuditEntity.id().lt(id) : AuditEntity.id().gt(id))));
        }
        // Another kind at the same revision sorts before or after the cursor by kind alone.
        boolean sameRevisionCounts = older == (order < 0);
        return Optional.of(
                older
                        ? (sameRevisionCounts
                                ? AuditEntity.revisionNumber().le(revision)
                                : AuditEntity.revisionNumber().lt(revision))
                        : (sameRevisionCounts
                                ? AuditEntity.revisionNumber().ge(revision)
                                : AuditEntity.revisionNumber().gt(revision)));
    }

    /**
     * The field-by-field diffs of a page of changes. Each thing's oldest change on the page is
     * compared with its revision just before (read for all of them at once); the others with the
     * change before them on the page. The names they mention are read once for the page.
     */
    private final class Diffs {

        private final Map<Change, Change> previous = new HashMap<>();
        private final NamesAtRevision names;

        Diffs(List<Change> page) {
            Map<HistoryFormat, Map<Long, List<Change>>> byThing = new EnumMap<>(HistoryFormat.class);
            for (Change change : page) {
                byThing.computeIfAbsent(change.snapshot, s -> new LinkedHashMap<>())
                        .computeIfAbsent(change.id, id -> new ArrayList<>())
                        .add(change);
            }
            List<Change> mentioned = new ArrayList<>(page);
            byThing.forEach((snapshot, things) -> {
                Map<Long, Long> oldestOnPage = new HashMap<>();
                things.forEach((id, changes) -> {
                    changes.sort(Comparator.comparingLong(c -> c.revision.getId()));
                    oldestOnPage.put(id, changes.get(0).revision.getId());
                    for (int i = 1; i < changes.size(); i++) {
                        previous.put(changes.get(i), changes.get(i - 1));
                    }
                });
                Map<Long, Change> before = previousRevisions(snapshot, oldestOnPage);
                things.forEach((id, changes) -> {
                    Change earlier = before.get(id);
                    if (earlier != null) {
                        previous.put(changes.get(0), earlier);
                        mentioned.add(earlier);
                    }
                });
            });
            Map<NamesAtRevision.Kind, Set<Long[]>> wanted = new EnumMap<>(NamesAtRevision.Kind.class);
            for (Change change : mentioned) {
                for (HistoryFormat.Reference reference : change.snapshot.references(change.entity)) {
                    if (reference.id() != null) {
                        wanted.computeIfAbsent(reference.kind(), k -> new HashSet<>())
                                .add(new Long[] {reference.id(), change.revision.getId()});
                    }
                }
            }
            names = NamesAtRevision.of(jdbc, wanted);
        }

        HistoryEntry entry(Change change) {
            Map<String, String> fields = fields(change);
            Change earlier = previous.get(change);
            List<FieldChange> diff = change.type == RevisionType.DEL
                    ? diff(fields, Map.of())
                    : diff(earlier == null ? null : fields(earlier), fields);
            long revision = change.revision.getId();
            return new HistoryEntry(
                    revision,
                    change.revision.getInstant(),
                    change.revision.getUsername(),
                    change.revision.getNote(),
                    change.snapshot.subject(change.entity, revision, names),
                    change.type == RevisionType.DEL ? null : change.snapshot.link(change.entity, revision, names),
                    change.type,
                    diff,
                    change.key());
        }

        private Map<String, String> fields(Change change) {
            return change.snapshot.fields(change.entity, change.revision.getId(), names);
        }
    }

    /** Each thing's last revision before the given one: two statements for all of them. */
    private Map<Long, Change> previousRevisions(HistoryFormat snapshot, Map<Long, Long> revisionOf) {
        if (revisionOf.isEmpty()) {
            return Map.of();
        }
        // Numbers only, from our own rows: written into the statement as a VALUES list.
        String pairs = revisionOf.entrySet().stream()
                .map(e -> "(" + e.getKey() + ", " + e.getValue() + ")")
                .reduce((a, b) -> a + ", " + b)
                .orElseThrow();
        Map<Long, Long> previousRevision = new HashMap<>();
        jdbc.sql("select v.id, (select max(p.rev) from " + snapshot.auditTable()
                        + " p where p.id = v.id and p.rev < v.rev)" + " from (values " + pairs + ") as v(id, rev)")
                .query(rs -> {
                    long previous = rs.getLong(2);
                    if (!rs.wasNull()) {
                        previousRevision.put(rs.getLong(1), previous);
                    }
                });
        if (previousRevision.isEmpty()) {
            return Map.of();
        }
        var disjunction = AuditEntity.disjunction();
        previousRevision.forEach((id, revision) -> disjunction.add(AuditEntity.and(
                AuditEntity.id().eq(id), AuditEntity.revisionNumber().eq(revision))));
        Map<Long, Change> changes = new HashMap<>();
        for (Object row : reader().createQuery()
                .forRevisionsOfEntity(snapshot.type(), false, true)
                .add(disjunction)
                .getResultList()) {
            Object[] columns = (Object[]) row;
            long id = snapshot.id(columns[0]);
            changes.put(id, new Change(snapshot, columns[0], (Revision) columns[1], (RevisionType) columns[2], id));
        }
        return changes;
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

    private AuditReader reader() {
        return AuditReaderFactory.get(entityManager);
    }
}
