-- Sourcing summaries kept (issue 27). A list of 50 claims computed the summary of each from its
-- attributions on every read: about 7 ms of PostgreSQL per page, and 90-110 ms for a claim with
-- thousands of attributions. The summaries are now kept in a table, one row per claim, computed
-- by the application from the one file that states the rule (sourcing-summary.sql) and read
-- instead of recomputed.
--
-- A kept row is only ever used when it is known to be current: every change that can alter a
-- claim's summary marks that claim, in the same transaction, in claim_sourcing_stale. A reader
-- uses a kept row only when the claim has no mark in the reader's own snapshot, and computes the
-- summary from the rule otherwise, in the same statement. The application's refresher computes
-- marked claims' rows and deletes the marks it read, in one statement (one snapshot); a change
-- committed after that snapshot keeps its mark. Each row says which rule computed it (a hash of
-- the file), so a release that changes the rule never reads an old rule's rows.
--
-- New tables only: no row an editor wrote is changed here.

create table claim_sourcing (
    claim_id          bigint  primary key references claim (id) on delete cascade,
    rule              text    not null,
    outlets           integer not null,
    origins           integer not null,
    named_origins     integer not null,
    anonymous_origins integer not null,
    relays            integer not null,
    assertions        integer not null,
    denials           integer not null,
    declines          integer not null,
    sole_origin       text,
    source_counts     text
);

create table claim_sourcing_stale (
    seq      bigint generated always as identity primary key,
    claim_id bigint not null references claim (id) on delete cascade
);
create index claim_sourcing_stale_claim_idx on claim_sourcing_stale (claim_id);

-- Marks claims whose summary may have changed; a claim deleted in the same transaction is skipped.
create function claim_sourcing_mark(claim_ids bigint[]) returns void language sql as
$$
insert into claim_sourcing_stale (claim_id)
select distinct c.id from claim c where c.id = any(claim_ids);
$$;

-- The claims of some attributions and of the attributions that relay them: a relay counts as the
-- origin it relays, so a change to an origin changes the summary of every claim relaying it.
create function claim_sourcing_of_attributions(attribution_ids bigint[]) returns bigint[] language sql stable as
$$
select array(select a.claim_id from attribution a where a.id = any(attribution_ids)
             union
             select r.claim_id from attribution r where r.relays_id = any(attribution_ids));
$$;

create function claim_sourcing_on_claim_insert() returns trigger language plpgsql as
$$
begin
    perform claim_sourcing_mark(array(select id from inserted));
    return null;
end
$$;
create trigger claim_sourcing_on_claim_insert after insert on claim
    referencing new table as inserted for each statement execute function claim_sourcing_on_claim_insert();

create function claim_sourcing_on_attribution_insert() returns trigger language plpgsql as
$$
begin
    perform claim_sourcing_mark(array(select claim_id from changed));
    return null;
end
$$;
create trigger claim_sourcing_on_attribution_insert after insert on attribution
    referencing new table as changed for each statement execute function claim_sourcing_on_attribution_insert();

-- Any update: every column of an attribution but its quote and dates feeds the summary, and an
-- edit is rare next to reads.
create function claim_sourcing_on_attribution_update() returns trigger language plpgsql as
$$
begin
    perform claim_sourcing_mark(array(select claim_id from old_rows)
                                || claim_sourcing_of_attributions(array(select id from new_rows)));
    return null;
end
$$;
create trigger claim_sourcing_on_attribution_update after update on attribution
    referencing old table as old_rows new table as new_rows for each statement
    execute function claim_sourcing_on_attribution_update();

create function claim_sourcing_on_attribution_delete() returns trigger language plpgsql as
$$
begin
    perform claim_sourcing_mark(array(select claim_id from old_rows)
                                || array(select r.claim_id from attribution r
                                         where r.relays_id in (select id from old_rows)));
    return null;
end
$$;
create trigger claim_sourcing_on_attribution_delete after delete on attribution
    referencing old table as old_rows for each statement execute function claim_sourcing_on_attribution_delete();

-- A source's publisher counts outlets and anonymous origins; its title names a sole origin.
create function claim_sourcing_on_source_update() returns trigger language plpgsql as
$$
begin
    perform claim_sourcing_mark(claim_sourcing_of_attributions(array(
        select a.id from attribution a join new_rows n on n.id = a.source_id join old_rows o on o.id = n.id
        where (n.publisher_id, n.title, n.title_is_description)
              is distinct from (o.publisher_id, o.title, o.title_is_description))));
    return null;
end
$$;
create trigger claim_sourcing_on_source_update after update on source
    referencing old table as old_rows new table as new_rows for each statement
    execute function claim_sourcing_on_source_update();

-- An actor's name names a sole origin (as speaker, as the organisation a speaker speaks for, as
-- an outlet); whom it speaks for decides which origin its statements count as.
create function claim_sourcing_on_actor_update() returns trigger language plpgsql as
$$
begin
    perform claim_sourcing_mark(claim_sourcing_of_attributions(array(
        with changed as (
            select n.id from new_rows n join old_rows o on o.id = n.id
            where (n.name, n.speaks_for_id) is distinct from (o.name, o.speaks_for_id))
        select a.id from attribution a where a.speaker_id in (select id from changed)
        union
        select a.id from attribution a join actor sp on sp.id = a.speaker_id
        where sp.speaks_for_id in (select id from changed)
        union
        select a.id from attribution a join source s on s.id = a.source_id
        where s.publisher_id in (select id from changed))));
    return null;
end
$$;
create trigger claim_sourcing_on_actor_update after update on actor
    referencing old table as old_rows new table as new_rows for each statement
    execute function claim_sourcing_on_actor_update();

-- Every claim starts marked: the application computes their rows in the background after the
-- upgrade, and until then reads compute them as before.
select claim_sourcing_mark(array(select id from claim));
