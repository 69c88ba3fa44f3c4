-- Full-text search over claims: statement (weight A), quotes (B), speaker descriptions and
-- source titles (C), in one tsvector kept up to date by the database itself.

alter table claim add column search_vector tsvector not null default ''::tsvector;

create function claim_search_document(claim_statement text, for_claim bigint) returns tsvector
    language sql stable as
$$
select setweight(to_tsvector('english', coalesce(claim_statement, '')), 'A')
    || setweight(to_tsvector('english', coalesce((select string_agg(a.quote, ' ')
                                                   from attribution a
                                                   where a.claim_id = for_claim and a.withdrawn_at is null), '')), 'B')
    || setweight(to_tsvector('english', coalesce((select string_agg(coalesce(a.speaker_description, '') || ' ' || s.title, ' ')
                                                   from attribution a join source s on s.id = a.source_id
                                                   where a.claim_id = for_claim and a.withdrawn_at is null), '')), 'C')
$$;

-- A claim's own statement changes: recompute before the row is written.
create function claim_search_on_claim() returns trigger language plpgsql as
$$
begin
    new.search_vector := claim_search_document(new.statement, new.id);
    return new;
end
$$;
create trigger claim_search_on_claim
    before insert or update of statement on claim
    for each row execute function claim_search_on_claim();

-- Attributions and source titles feed their claims' vectors. Statement-level triggers with
-- transition tables touch each claim once per statement, so bulk loads stay fast.
create function claim_search_refresh(claim_ids bigint[]) returns void language sql as
$$
update claim c set search_vector = claim_search_document(c.statement, c.id)
where c.id = any(claim_ids)
$$;

create function claim_search_on_attribution_insert() returns trigger language plpgsql as
$$
begin
    perform claim_search_refresh(array(select distinct claim_id from inserted));
    return null;
end
$$;
create function claim_search_on_attribution_update() returns trigger language plpgsql as
$$
begin
    perform claim_search_refresh(array(select claim_id from old_rows union select claim_id from new_rows));
    return null;
end
$$;
create function claim_search_on_attribution_delete() returns trigger language plpgsql as
$$
begin
    perform claim_search_refresh(array(select distinct claim_id from deleted));
    return null;
end
$$;
create trigger claim_search_on_attribution_insert after insert on attribution
    referencing new table as inserted for each statement execute function claim_search_on_attribution_insert();
create trigger claim_search_on_attribution_update after update on attribution
    referencing old table as old_rows new table as new_rows for each statement
    execute function claim_search_on_attribution_update();
create trigger claim_search_on_attribution_delete after delete on attribution
    referencing old table as deleted for each statement execute function claim_search_on_attribution_delete();

create function claim_search_on_source_update() returns trigger language plpgsql as
$$
begin
    perform claim_search_refresh(array(select distinct a.claim_id
                                       from attribution a join new_rows n on n.id = a.source_id
                                       join old_rows o on o.id = n.id
                                       where o.title is distinct from n.title));
    return null;
end
$$;
create trigger claim_search_on_source_update after update on source
    referencing old table as old_rows new table as new_rows for each statement
    execute function claim_search_on_source_update();

update claim set search_vector = claim_search_document(statement, id);
create index claim_search_idx on claim using gin (search_vector);

-- Filters and sorts of /claims at newsroom scale.
create index claim_status_idx on claim (status);
create index attribution_stance_idx on attribution (stance, claim_id);
create index claim_newest_idx on claim (id desc);
create index claim_event_sort_idx on claim ((coalesce(event_earliest, event_latest)), id);
create index source_title_lower_idx on source (lower(title));
create index actor_name_lower_idx on actor (lower(name));
