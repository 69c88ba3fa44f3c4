-- Reading at newsroom scale (issue 11): a timeline kept in a table of its own, a content
-- version every write changes, and indexes for keyset paging of every list.

-- The timeline: one row per claimed event and per dated statement, kept up to date by the
-- database itself, so any page of it (unfiltered, by story, deep) reads a few hundred index
-- entries instead of building and sorting the union of everything.
create table timeline_entry (
    id                bigint generated always as identity primary key,
    kind              smallint    not null check (kind in (0, 1)), -- 0 the claimed event, 1 a statement
    claim_id          bigint      not null references claim (id) on delete cascade,
    attribution_id    bigint references attribution (id) on delete cascade,
    story_id          bigint      not null,
    status            varchar(20) not null,
    topics            text[]      not null,
    speaker_id        bigint,
    edtf              text        not null,
    earliest          date,
    latest            date,
    label             text,
    -- The timeline's order as a key of plain values: start (an open start sorts by its end),
    -- end (open ends last, as 9999-12-31), events before statements, claim, attribution (events first).
    sort_date         date        not null,
    sort_latest       date        not null,
    sort_attribution  bigint      not null
);
create unique index timeline_entry_identity_idx on timeline_entry (claim_id, sort_attribution);
create index timeline_entry_order_idx on timeline_entry (sort_date, sort_latest, kind, claim_id, sort_attribution);
create index timeline_entry_story_order_idx
    on timeline_entry (story_id, sort_date, sort_latest, kind, claim_id, sort_attribution);
create index timeline_entry_speaker_order_idx
    on timeline_entry (speaker_id, sort_date, sort_latest, kind, claim_id, sort_attribution) where speaker_id is not null;
create index timeline_entry_attribution_idx on timeline_entry (attribution_id) where attribution_id is not null;

-- What the timeline holds for some claims: their event, and their statements that have a date
-- (the statement's own, else the date of the source that carries it).
create function timeline_rows(claim_ids bigint[], attribution_ids bigint[]) returns setof timeline_entry
    language sql stable as
$$
select null::bigint, 0::smallint, c.id, null::bigint, c.story_id, c.status, c.topics, null::bigint,
       c.event_edtf, c.event_earliest, c.event_latest, c.event_label,
       coalesce(c.event_earliest, c.event_latest, '9999-12-31'::date), coalesce(c.event_latest, '9999-12-31'::date), 0::bigint
from claim c
where c.id = any(claim_ids) and c.withdrawn_at is null and c.event_edtf is not null
union all
select null::bigint, 1::smallint, c.id, a.id, c.story_id, c.status, c.topics, a.speaker_id,
       d.edtf, d.earliest, d.latest, d.label,
       coalesce(d.earliest, d.latest, '9999-12-31'::date), coalesce(d.latest, '9999-12-31'::date), a.id
from attribution a
  join claim c on c.id = a.claim_id
  join source s on s.id = a.source_id
  cross join lateral (select case when a.stated_edtf is not null then a.stated_edtf else s.published_edtf end,
                             case when a.stated_edtf is not null then a.stated_earliest else s.published_earliest end,
                             case when a.stated_edtf is not null then a.stated_latest else s.published_latest end,
                             case when a.stated_edtf is not null then a.stated_label else s.published_label end)
                      d(edtf, earliest, latest, label)
where (a.claim_id = any(claim_ids) or a.id = any(attribution_ids))
  and a.withdrawn_at is null and c.withdrawn_at is null and d.edtf is not null
$$;

-- Rebuilds the entries of whole claims (their event and all their statements).
create function timeline_refresh_claims(claim_ids bigint[]) returns void language sql as
$$
delete from timeline_entry where claim_id = any(claim_ids);
insert into timeline_entry (kind, claim_id, attribution_id, story_id, status, topics, speaker_id, edtf, earliest,
                            latest, label, sort_date, sort_latest, sort_attribution)
select kind, claim_id, attribution_id, story_id, status, topics, speaker_id, edtf, earliest, latest, label,
       sort_date, sort_latest, sort_attribution
from timeline_rows(claim_ids, '{}');
$$;

-- Rebuilds the entries of single statements: an attribution added to a claim with thousands
-- of others touches one entry, not thousands.
create function timeline_refresh_attributions(attribution_ids bigint[]) returns void language sql as
$$
delete from timeline_entry where attribution_id = any(attribution_ids);
insert into timeline_entry (kind, claim_id, attribution_id, story_id, status, topics, speaker_id, edtf, earliest,
                            latest, label, sort_date, sort_latest, sort_attribution)
select kind, claim_id, attribution_id, story_id, status, topics, speaker_id, edtf, earliest, latest, label,
       sort_date, sort_latest, sort_attribution
from timeline_rows('{}', attribution_ids);
$$;

create function timeline_on_claim_insert() returns trigger language plpgsql as
$$
begin
    perform timeline_refresh_claims(array(select id from inserted));
    return null;
end
$$;
-- Only what the timeline holds: the search index rewrites claims on every attribution change.
create function timeline_on_claim_update() returns trigger language plpgsql as
$$
begin
    perform timeline_refresh_claims(array(
        select n.id from new_rows n join old_rows o on o.id = n.id
        where (n.story_id, n.status, n.topics, n.event_edtf, n.event_earliest, n.event_latest, n.event_label,
               n.withdrawn_at)
              is distinct from
              (o.story_id, o.status, o.topics, o.event_edtf, o.event_earliest, o.event_latest, o.event_label,
               o.withdrawn_at)));
    return null;
end
$$;
create trigger timeline_on_claim_insert after insert on claim
    referencing new table as inserted for each statement execute function timeline_on_claim_insert();
create trigger timeline_on_claim_update after update on claim
    referencing old table as old_rows new table as new_rows for each statement
    execute function timeline_on_claim_update();

create function timeline_on_attribution_change() returns trigger language plpgsql as
$$
begin
    perform timeline_refresh_attributions(array(select id from changed));
    return null;
end
$$;
create trigger timeline_on_attribution_insert after insert on attribution
    referencing new table as changed for each statement execute function timeline_on_attribution_change();
create trigger timeline_on_attribution_update after update on attribution
    referencing new table as changed for each statement execute function timeline_on_attribution_change();

-- A source's date dates the statements it carries that have no date of their own.
create function timeline_on_source_update() returns trigger language plpgsql as
$$
begin
    perform timeline_refresh_attributions(array(
        select a.id from attribution a join new_rows n on n.id = a.source_id join old_rows o on o.id = n.id
        where a.stated_edtf is null
          and (n.published_edtf, n.published_earliest, n.published_latest, n.published_label)
              is distinct from (o.published_edtf, o.published_earliest, o.published_latest, o.published_label)));
    return null;
end
$$;
create trigger timeline_on_source_update after update on source
    referencing old table as old_rows new table as new_rows for each statement
    execute function timeline_on_source_update();

select timeline_refresh_claims(array(select id from claim));

-- The content version: one number that every committed change to what readers see moves on,
-- kept in the database so every instance agrees. Pages for visitors carry it as their ETag, and
-- the rendered-page cache is keyed by it. Bumped at commit (deferred), once per transaction: a
-- reader can never see the new number before the new data, and taking the row's lock last
-- cannot deadlock with the rows a transaction changed before.
create table content_version (
    singleton  boolean     primary key default true check (singleton),
    version    bigint      not null,
    changed_at timestamptz not null
);
insert into content_version values (true, 1, now());

create function content_version_bump() returns trigger language plpgsql as
$$
begin
    if current_setting('claimtrail.content_version_bumped', true) is distinct from txid_current()::text then
        update content_version set version = version + 1, changed_at = clock_timestamp();
        perform set_config('claimtrail.content_version_bumped', txid_current()::text, true);
    end if;
    return null;
end
$$;
create constraint trigger content_version_on_story after insert or update or delete on story
    deferrable initially deferred for each row execute function content_version_bump();
create constraint trigger content_version_on_actor after insert or update or delete on actor
    deferrable initially deferred for each row execute function content_version_bump();
create constraint trigger content_version_on_source after insert or update or delete on source
    deferrable initially deferred for each row execute function content_version_bump();
create constraint trigger content_version_on_claim after insert or update or delete on claim
    deferrable initially deferred for each row execute function content_version_bump();
create constraint trigger content_version_on_claim_subject after insert or update or delete on claim_subject
    deferrable initially deferred for each row execute function content_version_bump();
create constraint trigger content_version_on_attribution after insert or update or delete on attribution
    deferrable initially deferred for each row execute function content_version_bump();
create constraint trigger content_version_on_claim_link after insert or update or delete on claim_link
    deferrable initially deferred for each row execute function content_version_bump();
-- The history pages and the feed read the revisions.
create constraint trigger content_version_on_revision after insert or update or delete on revision
    deferrable initially deferred for each row execute function content_version_bump();

-- Keyset paging: every list reads its page off an index in its own order, at any depth.
create index claim_story_order_idx on claim (story_id, id);
create index claim_story_date_order_idx on claim (story_id, (coalesce(event_earliest, event_latest, '9999-12-31'::date)), id);
create index claim_date_order_idx on claim ((coalesce(event_earliest, event_latest, '9999-12-31'::date)), id);
create index claim_date_desc_order_idx on claim ((coalesce(event_earliest, event_latest, '0001-01-01'::date)), id);
drop index claim_event_sort_idx;
create index attribution_claim_order_idx on attribution (claim_id, id);
drop index attribution_claim_idx;
create index attribution_speaker_order_idx on attribution (speaker_id, id) where speaker_id is not null;
drop index attribution_speaker_idx;
create index attribution_source_order_idx on attribution (source_id, claim_id, id);
drop index attribution_source_idx;
create index claim_link_from_order_idx on claim_link (from_claim_id, id);
create index claim_link_to_order_idx on claim_link (to_claim_id, id);
drop index claim_link_to_idx;
create index claim_subject_actor_order_idx on claim_subject (actor_id, claim_id);
drop index claim_subject_actor_idx;
create index source_publisher_order_idx on source (publisher_id, id);
drop index source_publisher_idx;
create index source_published_order_idx on source ((coalesce(published_earliest, '0001-01-01'::date)), id);
drop index source_title_lower_idx;
create index actor_name_order_idx on actor (lower(name), id);
drop index actor_name_lower_idx;
