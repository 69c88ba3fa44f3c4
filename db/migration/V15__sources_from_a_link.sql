-- Sources (issue 14): one document, one source, whatever form its address was pasted in; and
-- sources withdrawn with a reason, or merged by an admin into the duplicate they repeat.

-- The address as duplicates are compared: without scheme, "www.", a trailing slash, or the
-- order of its parameters. Stored addresses are already normalised by the application (lower-case
-- host, no fragment, no tracking parameters), so this is all that is left to fold.
create function source_url_key(url text) returns text
    language sql immutable strict parallel safe as $$
    with parts as (
        select regexp_replace(regexp_replace(url, '^[a-z]+://', ''), '^www\.', '') as rest),
    split as (
        select split_part(rest, '?', 1) as path,
               nullif(substr(rest, length(split_part(rest, '?', 1)) + 2), '') as query
        from parts)
    select regexp_replace(path, '/+$', '')
           || coalesce('?' || (select string_agg(p, '&' order by p)
                               from unnest(string_to_array(query, '&')) as p where p <> ''), '')
    from split
$$;

create index source_url_key_idx on source (source_url_key(url)) where url is not null;

alter table source
    add column withdrawn_reason text,
    add column withdrawn_at timestamptz,
    add column merged_into_id bigint references source (id),
    add constraint source_withdrawn_with_reason
        check ((withdrawn_at is null) = (coalesce(btrim(withdrawn_reason), '') = ''));
alter table source_aud
    add column withdrawn_reason text,
    add column withdrawn_at timestamptz,
    add column merged_into_id bigint;
