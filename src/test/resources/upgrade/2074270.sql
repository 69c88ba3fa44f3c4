-- What: a database written by Claimtrail release 2074270 (V1-V23): the database of 0dd8f84.sql, written the same way, upgraded by 2074270 and edited through its forms by DeskEdits.atRelease2074270: the desk's notes, work states, assignments, a draft verdict, bulk moves.
-- Made by: src/test/upgrade/make-dumps.sh (EarlierReleaseDumps); replayed by UpgradeFromEarlierReleasesTest.
--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: claim_search_document(text, bigint); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.claim_search_document(claim_statement text, for_claim bigint) RETURNS tsvector
    LANGUAGE sql STABLE
    AS $$
select setweight(to_tsvector('english', coalesce(claim_statement, '')), 'A')
    || setweight(to_tsvector('english', coalesce((select string_agg(a.quote, ' ')
                                                   from attribution a
                                                   where a.claim_id = for_claim and a.withdrawn_at is null), '')), 'B')
    || setweight(to_tsvector('english', coalesce((select string_agg(coalesce(a.speaker_description, '') || ' ' || s.title, ' ')
                                                   from attribution a join source s on s.id = a.source_id
                                                   where a.claim_id = for_claim and a.withdrawn_at is null), '')), 'C')
$$;


--
-- Name: claim_search_on_attribution_delete(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.claim_search_on_attribution_delete() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
begin
    perform claim_search_refresh(array(select distinct claim_id from deleted));
    return null;
end
$$;


--
-- Name: claim_search_on_attribution_insert(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.claim_search_on_attribution_insert() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
begin
    perform claim_search_refresh(array(select distinct claim_id from inserted));
    return null;
end
$$;


--
-- Name: claim_search_on_attribution_update(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.claim_search_on_attribution_update() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
begin
    perform claim_search_refresh(array(select claim_id from old_rows union select claim_id from new_rows));
    return null;
end
$$;


--
-- Name: claim_search_on_claim(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.claim_search_on_claim() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
begin
    new.search_vector := claim_search_document(new.statement, new.id);
    return new;
end
$$;


--
-- Name: claim_search_on_source_update(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.claim_search_on_source_update() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
begin
    perform claim_search_refresh(array(select distinct a.claim_id
                                       from attribution a join new_rows n on n.id = a.source_id
                                       join old_rows o on o.id = n.id
                                       where o.title is distinct from n.title));
    return null;
end
$$;


--
-- Name: claim_search_refresh(bigint[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.claim_search_refresh(claim_ids bigint[]) RETURNS void
    LANGUAGE sql
    AS $$
update claim c set search_vector = claim_search_document(c.statement, c.id)
where c.id = any(claim_ids)
$$;


--
-- Name: content_version_bump(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.content_version_bump() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
begin
    if current_setting('claimtrail.content_version_bumped', true) is distinct from txid_current()::text then
        update content_version
        set version = greatest(version + 1, (extract(epoch from clock_timestamp()) * 1000000)::bigint),
            changed_at = clock_timestamp();
        perform set_config('claimtrail.content_version_bumped', txid_current()::text, true);
    end if;
    return null;
end
$$;


--
-- Name: seed_correction_row_exists(text, bigint); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.seed_correction_row_exists(table_name text, row_id bigint) RETURNS boolean
    LANGUAGE plpgsql STABLE
    AS $_$
declare
    found boolean;
begin
    execute format('select exists (select 1 from %I t where t.id = $1)', table_name) into found using row_id;
    return found;
end
$_$;


--
-- Name: seed_correction_value(text, bigint, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.seed_correction_value(table_name text, row_id bigint, column_name text) RETURNS text
    LANGUAGE plpgsql STABLE
    AS $_$
declare
    found text;
begin
    execute format('select to_jsonb(t) ->> %L from %I t where t.id = $1', column_name, table_name)
        into found using row_id;
    return found;
end
$_$;


--
-- Name: seed_corrections_apply(text, text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.seed_corrections_apply(for_migration text, author text) RETURNS integer
    LANGUAGE plpgsql
    AS $_$
declare
    correction_revision bigint;
    made integer;
    change record;
    columns text;
begin
    update seed_correction s
    set row_found = seed_correction_row_exists(s.table_name, s.row_id),
        found_value = case when s.column_name is null then null
                           else seed_correction_value(s.table_name, s.row_id, s.column_name) end
    where s.migration = for_migration and s.outcome = 'PROPOSED';

    update seed_correction s
    set outcome = case when f.applies then 'APPLIED' else 'SKIPPED' end
    from (select fix, bool_and(row_found and note is null
                               and (column_name is null or found_value is not distinct from seed_value)) as applies
          from seed_correction where migration = for_migration and outcome = 'PROPOSED' group by fix) f
    where s.migration = for_migration and s.outcome = 'PROPOSED' and s.fix = f.fix;

    select count(distinct fix) into made from seed_correction where migration = for_migration and outcome = 'APPLIED';
    if made = 0 then
        return 0;
    end if;

    insert into revision (timestamp, username) values ((extract(epoch from now()) * 1000)::bigint, author)
    returning id into correction_revision;

    -- Each row once: its columns set in one statement (a status and its reason go together), its
    -- version moved on, so a form opened on it before the upgrade is refused as a conflict rather
    -- than saved over the correction; then the history, with the row as it is now (revtype 1), or
    -- as it was last for a deleted row (revtype 2).
    for change in
        select s.table_name, s.row_id, bool_or(s.column_name is null) as deleted,
               string_agg(format('%I = cast(%L as %s)', s.column_name, s.new_value,
                                 (select format_type(a.atttypid, a.atttypmod) from pg_attribute a
                                  where a.attrelid = s.table_name::regclass and a.attname = s.column_name)), ', ')
                   filter (where s.column_name is not null and s.new_value is distinct from s.seed_value) as assignments
        from seed_correction s
        where s.migration = for_migration and s.outcome = 'APPLIED'
        group by s.table_name, s.row_id
        order by min(s.id)
    loop
        continue when not change.deleted and change.assignments is null;
        if not change.deleted then
            execute format('update %I set %s, version = version + 1 where id = $1', change.table_name,
                           change.assignments) using change.row_id;
        end if;
        select string_agg(quote_ident(a.attname), ', ' order by a.attnum) into columns
        from pg_attribute a
        where a.attrelid = (change.table_name || '_aud')::regclass and a.attnum > 0 and not a.attisdropped
          and a.attname not in ('id', 'rev', 'revtype');
        execute format('insert into %I (id, rev, revtype, %s) select id, $1, $2, %s from %I where id = $3',
                       change.table_name || '_aud', columns, columns, change.table_name)
            using correction_revision, case when change.deleted then 2 else 1 end, change.row_id;
        if change.deleted then
            execute format('delete from %I where id = $1', change.table_name) using change.row_id;
        end if;
    end loop;

    insert into correction (claim_id, subject, reason, revision_id)
    select min(claim_id), min(subject), min(reason), correction_revision
    from seed_correction
    where migration = for_migration and outcome = 'APPLIED'
    group by fix
    order by min(id);
    return made;
end
$_$;


--
-- Name: source_display_title(text, boolean); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.source_display_title(title text, is_description boolean) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ select case when is_description then '[' || title || ']' else title end $$;


--
-- Name: source_url_key(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.source_url_key(url text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $_$
    with parts as (
        select regexp_replace(regexp_replace(url, '^[a-z]+://', ''), '^www\.', '') as rest),
    split as (
        select split_part(rest, '?', 1) as path,
               nullif(substr(rest, length(split_part(rest, '?', 1)) + 2), '') as query
        from parts)
    select regexp_replace(path, '/+$', '')
           || coalesce('?' || (select string_agg(p, '&' order by p)
                               from unnest(string_to_array(query, '&')) as p
                               where p <> ''
                                 and lower(split_part(p, '=', 1)) !~ '^(utm_.*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|_ga|_gl|ref_src|ref_url|smid|cmpid|ocid|at_medium|at_campaign|guccounter|guce_referrer|guce_referrer_sig|taid|mbid|sh|soc_src|soc_trk)$'), '')
    from split
$_$;


--
-- Name: timeline_on_attribution_change(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.timeline_on_attribution_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
begin
    perform timeline_refresh_attributions(array(select id from changed));
    return null;
end
$$;


--
-- Name: timeline_on_claim_insert(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.timeline_on_claim_insert() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
begin
    perform timeline_refresh_claims(array(select id from inserted));
    return null;
end
$$;


--
-- Name: timeline_on_claim_update(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.timeline_on_claim_update() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
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


--
-- Name: timeline_on_source_update(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.timeline_on_source_update() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
begin
    perform timeline_refresh_attributions(array(
        select a.id from attribution a join new_rows n on n.id = a.source_id join old_rows o on o.id = n.id
        where a.stated_edtf is null
          and (n.published_edtf, n.published_earliest, n.published_latest, n.published_label)
              is distinct from (o.published_edtf, o.published_earliest, o.published_latest, o.published_label)));
    return null;
end
$$;


--
-- Name: timeline_refresh_attributions(bigint[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.timeline_refresh_attributions(attribution_ids bigint[]) RETURNS void
    LANGUAGE sql
    AS $$
delete from timeline_entry where attribution_id = any(attribution_ids);
insert into timeline_entry (kind, claim_id, attribution_id, story_id, status, topics, speaker_id, edtf, earliest,
                            latest, label, sort_date, sort_latest, sort_attribution)
select kind, claim_id, attribution_id, story_id, status, topics, speaker_id, edtf, earliest, latest, label,
       sort_date, sort_latest, sort_attribution
from timeline_rows('{}', attribution_ids);
$$;


--
-- Name: timeline_refresh_claims(bigint[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.timeline_refresh_claims(claim_ids bigint[]) RETURNS void
    LANGUAGE sql
    AS $$
delete from timeline_entry where claim_id = any(claim_ids);
insert into timeline_entry (kind, claim_id, attribution_id, story_id, status, topics, speaker_id, edtf, earliest,
                            latest, label, sort_date, sort_latest, sort_attribution)
select kind, claim_id, attribution_id, story_id, status, topics, speaker_id, edtf, earliest, latest, label,
       sort_date, sort_latest, sort_attribution
from timeline_rows(claim_ids, '{}');
$$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: timeline_entry; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.timeline_entry (
    id bigint NOT NULL,
    kind smallint NOT NULL,
    claim_id bigint NOT NULL,
    attribution_id bigint,
    story_id bigint NOT NULL,
    status character varying(20) NOT NULL,
    topics text[] NOT NULL,
    speaker_id bigint,
    edtf text NOT NULL,
    earliest date,
    latest date,
    label text,
    sort_date date NOT NULL,
    sort_latest date NOT NULL,
    sort_attribution bigint NOT NULL,
    CONSTRAINT timeline_entry_kind_check CHECK ((kind = ANY (ARRAY[0, 1])))
);


--
-- Name: timeline_rows(bigint[], bigint[]); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.timeline_rows(claim_ids bigint[], attribution_ids bigint[]) RETURNS SETOF public.timeline_entry
    LANGUAGE sql STABLE
    AS $$
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


--
-- Name: account; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.account (
    id bigint NOT NULL,
    username character varying(60) NOT NULL,
    password_hash character varying(200) NOT NULL,
    role character varying(20) NOT NULL,
    enabled boolean DEFAULT true NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    version bigint DEFAULT 0 NOT NULL,
    CONSTRAINT account_role_check CHECK (((role)::text = ANY ((ARRAY['EDITOR'::character varying, 'ADMIN'::character varying])::text[])))
);


--
-- Name: account_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.account ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.account_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: actor; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.actor (
    id bigint NOT NULL,
    slug character varying(120) NOT NULL,
    name text NOT NULL,
    kind character varying(30) NOT NULL,
    description text,
    version bigint DEFAULT 0 NOT NULL,
    CONSTRAINT actor_kind_check CHECK (((kind)::text = ANY ((ARRAY['PERSON'::character varying, 'NEWS_OUTLET'::character varying, 'GOVERNMENT_BODY'::character varying, 'COMPANY'::character varying, 'PLATFORM'::character varying, 'ORGANISATION'::character varying])::text[])))
);


--
-- Name: actor_aud; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.actor_aud (
    id bigint NOT NULL,
    rev bigint NOT NULL,
    revtype smallint,
    slug character varying(120),
    name text,
    kind character varying(30),
    description text
);


--
-- Name: actor_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.actor ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.actor_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: attribution; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.attribution (
    id bigint NOT NULL,
    claim_id bigint NOT NULL,
    source_id bigint NOT NULL,
    speaker_id bigint,
    speaker_description text,
    anonymous boolean DEFAULT false NOT NULL,
    source_count integer,
    basis text,
    stance character varying(30) NOT NULL,
    quote text,
    stated_edtf text,
    stated_earliest date,
    stated_latest date,
    stated_label text,
    version bigint DEFAULT 0 NOT NULL,
    withdrawn_reason text,
    withdrawn_at timestamp with time zone,
    quote_vector tsvector GENERATED ALWAYS AS (to_tsvector('english'::regconfig, COALESCE(quote, ''::text))) STORED,
    wording character varying(10) DEFAULT 'SOURCE'::character varying NOT NULL,
    relays_id bigint,
    stance_group character varying(10) GENERATED ALWAYS AS (
CASE stance
    WHEN 'ASSERTS'::text THEN 'ASSERTS'::text
    WHEN 'CONFIRMS'::text THEN 'ASSERTS'::text
    WHEN 'DENIES'::text THEN 'DENIES'::text
    WHEN 'DISPUTES'::text THEN 'DENIES'::text
    WHEN 'DECLINES_TO_COMMENT'::text THEN 'DECLINES'::text
    WHEN 'DID_NOT_RESPOND'::text THEN 'DECLINES'::text
    ELSE NULL::text
END) STORED NOT NULL,
    CONSTRAINT attribution_anonymous_described CHECK (((NOT anonymous) OR (COALESCE(btrim(speaker_description), ''::text) <> ''::text))),
    CONSTRAINT attribution_does_not_relay_itself CHECK ((relays_id <> id)),
    CONSTRAINT attribution_source_count_check CHECK (((source_count IS NULL) OR (source_count > 0))),
    CONSTRAINT attribution_speaker_required CHECK (((speaker_id IS NOT NULL) OR (COALESCE(btrim(speaker_description), ''::text) <> ''::text))),
    CONSTRAINT attribution_stance_check CHECK (((stance)::text = ANY ((ARRAY['ASSERTS'::character varying, 'CONFIRMS'::character varying, 'DENIES'::character varying, 'DISPUTES'::character varying, 'DECLINES_TO_COMMENT'::character varying, 'DID_NOT_RESPOND'::character varying])::text[]))),
    CONSTRAINT attribution_withdrawn_with_reason CHECK (((withdrawn_at IS NULL) = (COALESCE(btrim(withdrawn_reason), ''::text) = ''::text))),
    CONSTRAINT attribution_wording_check CHECK (((wording)::text = ANY ((ARRAY['OWN'::character varying, 'SOURCE'::character varying])::text[])))
);


--
-- Name: attribution_aud; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.attribution_aud (
    id bigint NOT NULL,
    rev bigint NOT NULL,
    revtype smallint,
    claim_id bigint,
    source_id bigint,
    speaker_id bigint,
    speaker_description text,
    anonymous boolean,
    source_count integer,
    basis text,
    stance character varying(30),
    quote text,
    stated_edtf text,
    stated_earliest date,
    stated_latest date,
    stated_label text,
    withdrawn_reason text,
    withdrawn_at timestamp with time zone,
    wording character varying(10),
    relays_id bigint
);


--
-- Name: attribution_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.attribution ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.attribution_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: claim; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.claim (
    id bigint NOT NULL,
    story_id bigint NOT NULL,
    slug character varying(160) NOT NULL,
    statement text NOT NULL,
    status character varying(20) NOT NULL,
    status_reason text,
    event_edtf text,
    event_earliest date,
    event_latest date,
    event_label text,
    version bigint DEFAULT 0 NOT NULL,
    topics text[] DEFAULT '{}'::text[] NOT NULL,
    withdrawn_reason text,
    withdrawn_at timestamp with time zone,
    search_vector tsvector DEFAULT ''::tsvector NOT NULL,
    CONSTRAINT claim_status_check CHECK (((status)::text = ANY ((ARRAY['REPORTED'::character varying, 'CONFIRMED'::character varying, 'DISPUTED'::character varying, 'DENIED'::character varying, 'FALSE'::character varying, 'RETRACTED'::character varying])::text[]))),
    CONSTRAINT claim_status_reason_required CHECK ((((status)::text <> ALL ((ARRAY['DISPUTED'::character varying, 'FALSE'::character varying, 'RETRACTED'::character varying])::text[])) OR (COALESCE(btrim(status_reason), ''::text) <> ''::text))),
    CONSTRAINT claim_withdrawn_with_reason CHECK (((withdrawn_at IS NULL) = (COALESCE(btrim(withdrawn_reason), ''::text) = ''::text)))
);


--
-- Name: claim_aud; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.claim_aud (
    id bigint NOT NULL,
    rev bigint NOT NULL,
    revtype smallint,
    story_id bigint,
    slug character varying(160),
    statement text,
    status character varying(20),
    status_reason text,
    event_edtf text,
    event_earliest date,
    event_latest date,
    event_label text,
    topics text[],
    withdrawn_reason text,
    withdrawn_at timestamp with time zone
);


--
-- Name: claim_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.claim ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.claim_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: claim_link; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.claim_link (
    id bigint NOT NULL,
    from_claim_id bigint NOT NULL,
    to_claim_id bigint NOT NULL,
    type character varying(20) NOT NULL,
    note text,
    version bigint DEFAULT 0 NOT NULL,
    CONSTRAINT claim_link_not_self CHECK ((from_claim_id <> to_claim_id)),
    CONSTRAINT claim_link_type_check CHECK (((type)::text = ANY ((ARRAY['CONTRADICTS'::character varying, 'SUPPORTS'::character varying, 'RESPONDS_TO'::character varying, 'DETAILS'::character varying])::text[])))
);


--
-- Name: claim_link_aud; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.claim_link_aud (
    id bigint NOT NULL,
    rev bigint NOT NULL,
    revtype smallint,
    from_claim_id bigint,
    to_claim_id bigint,
    type character varying(20),
    note text
);


--
-- Name: claim_link_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.claim_link ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.claim_link_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: claim_subject; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.claim_subject (
    claim_id bigint NOT NULL,
    actor_id bigint NOT NULL
);


--
-- Name: claim_subject_aud; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.claim_subject_aud (
    rev bigint NOT NULL,
    revtype smallint,
    claim_id bigint NOT NULL,
    actor_id bigint NOT NULL
);


--
-- Name: claim_work; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.claim_work (
    claim_id bigint NOT NULL,
    state character varying(30) NOT NULL,
    assignee character varying(60),
    changed_by character varying(60) NOT NULL,
    changed_at timestamp with time zone NOT NULL,
    version bigint DEFAULT 0 NOT NULL
);


--
-- Name: claim_work_event; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.claim_work_event (
    id bigint NOT NULL,
    claim_id bigint NOT NULL,
    state character varying(30) NOT NULL,
    assignee character varying(60),
    changed_by character varying(60) NOT NULL,
    changed_at timestamp with time zone NOT NULL
);


--
-- Name: claim_work_event_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.claim_work_event ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.claim_work_event_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: content_version; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.content_version (
    singleton boolean DEFAULT true NOT NULL,
    version bigint NOT NULL,
    changed_at timestamp with time zone NOT NULL,
    CONSTRAINT content_version_singleton_check CHECK (singleton)
);


--
-- Name: correction; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.correction (
    id bigint NOT NULL,
    claim_id bigint,
    subject text NOT NULL,
    reason text NOT NULL,
    corrected_at timestamp with time zone DEFAULT now() NOT NULL,
    revision_id bigint
);


--
-- Name: correction_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.correction ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.correction_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: desk_note; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.desk_note (
    id bigint NOT NULL,
    claim_id bigint,
    attribution_id bigint,
    source_id bigint,
    body text NOT NULL,
    author character varying(60) NOT NULL,
    written_at timestamp with time zone NOT NULL,
    edited_at timestamp with time zone,
    version bigint DEFAULT 0 NOT NULL,
    CONSTRAINT desk_note_body_check CHECK (((length(body) >= 1) AND (length(body) <= 4000))),
    CONSTRAINT desk_note_one_target CHECK ((num_nonnulls(claim_id, attribution_id, source_id) = 1))
);


--
-- Name: desk_note_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.desk_note ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.desk_note_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: flyway_schema_history; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.flyway_schema_history (
    installed_rank integer NOT NULL,
    version character varying(50),
    description character varying(200) NOT NULL,
    type character varying(20) NOT NULL,
    script character varying(1000) NOT NULL,
    checksum integer,
    installed_by character varying(100) NOT NULL,
    installed_on timestamp without time zone DEFAULT now() NOT NULL,
    execution_time integer NOT NULL,
    success boolean NOT NULL
);


--
-- Name: revision; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.revision (
    id bigint NOT NULL,
    "timestamp" bigint NOT NULL,
    username character varying(60) NOT NULL
);


--
-- Name: revision_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.revision ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.revision_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: seed_correction; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.seed_correction (
    id bigint NOT NULL,
    migration character varying(20) NOT NULL,
    fix text NOT NULL,
    table_name text NOT NULL,
    row_id bigint NOT NULL,
    column_name text,
    seed_value text,
    new_value text,
    outcome character varying(20) DEFAULT 'PROPOSED'::character varying NOT NULL,
    found_value text,
    row_found boolean,
    note text,
    claim_id bigint,
    subject text NOT NULL,
    reason text NOT NULL,
    noted_at timestamp with time zone DEFAULT now() NOT NULL,
    reviewed_by character varying(60),
    reviewed_at timestamp with time zone,
    CONSTRAINT seed_correction_outcome_check CHECK (((outcome)::text = ANY ((ARRAY['PROPOSED'::character varying, 'APPLIED'::character varying, 'SKIPPED'::character varying, 'OVERWRITTEN'::character varying])::text[]))),
    CONSTRAINT seed_correction_table_name_check CHECK ((table_name = ANY (ARRAY['claim'::text, 'attribution'::text, 'claim_link'::text, 'actor'::text, 'source'::text])))
);


--
-- Name: seed_correction_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.seed_correction ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.seed_correction_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: sign_in_account_failure; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sign_in_account_failure (
    username_key character varying(60) NOT NULL,
    failures integer NOT NULL,
    last_failure_at timestamp with time zone NOT NULL
);


--
-- Name: sign_in_failure; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sign_in_failure (
    username_key character varying(60) NOT NULL,
    client_address character varying(64) NOT NULL,
    failures integer NOT NULL,
    last_failure_at timestamp with time zone NOT NULL,
    locked_until timestamp with time zone
);


--
-- Name: source; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.source (
    id bigint NOT NULL,
    kind character varying(30) NOT NULL,
    title text NOT NULL,
    publisher_id bigint,
    author text,
    url text,
    archive_url text,
    published_edtf text,
    published_earliest date,
    published_latest date,
    published_label text,
    retrieved_on date,
    version bigint DEFAULT 0 NOT NULL,
    title_is_description boolean DEFAULT false NOT NULL,
    withdrawn_reason text,
    withdrawn_at timestamp with time zone,
    merged_into_id bigint,
    CONSTRAINT source_kind_check CHECK (((kind)::text = ANY ((ARRAY['NEWS_REPORT'::character varying, 'WIRE_REPORT'::character varying, 'SOCIAL_POST'::character varying, 'OFFICIAL_STATEMENT'::character varying, 'DOCUMENT'::character varying, 'OTHER'::character varying])::text[]))),
    CONSTRAINT source_withdrawn_with_reason CHECK (((withdrawn_at IS NULL) = (COALESCE(btrim(withdrawn_reason), ''::text) = ''::text)))
);


--
-- Name: source_aud; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.source_aud (
    id bigint NOT NULL,
    rev bigint NOT NULL,
    revtype smallint,
    kind character varying(30),
    title text,
    publisher_id bigint,
    author text,
    url text,
    archive_url text,
    published_edtf text,
    published_earliest date,
    published_latest date,
    published_label text,
    retrieved_on date,
    title_is_description boolean,
    withdrawn_reason text,
    withdrawn_at timestamp with time zone,
    merged_into_id bigint
);


--
-- Name: source_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.source ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.source_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: spring_session; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.spring_session (
    primary_id character(36) NOT NULL,
    session_id character(36) NOT NULL,
    creation_time bigint NOT NULL,
    last_access_time bigint NOT NULL,
    max_inactive_interval integer NOT NULL,
    expiry_time bigint NOT NULL,
    principal_name character varying(100)
);


--
-- Name: spring_session_attributes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.spring_session_attributes (
    session_primary_id character(36) NOT NULL,
    attribute_name character varying(200) NOT NULL,
    attribute_bytes bytea NOT NULL
);


--
-- Name: story; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.story (
    id bigint NOT NULL,
    slug character varying(120) NOT NULL,
    title text NOT NULL,
    summary text,
    version bigint DEFAULT 0 NOT NULL,
    claim_order character varying(20) DEFAULT 'EVENT_DATE'::character varying NOT NULL,
    featured boolean DEFAULT false NOT NULL,
    CONSTRAINT story_claim_order_check CHECK (((claim_order)::text = ANY ((ARRAY['EVENT_DATE'::character varying, 'AS_ADDED'::character varying])::text[])))
);


--
-- Name: story_aud; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.story_aud (
    id bigint NOT NULL,
    rev bigint NOT NULL,
    revtype smallint,
    slug character varying(120),
    title text,
    summary text,
    claim_order character varying(20),
    featured boolean
);


--
-- Name: story_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.story ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.story_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: timeline_entry_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.timeline_entry ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.timeline_entry_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: verdict; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.verdict (
    id bigint NOT NULL,
    claim_id bigint NOT NULL,
    version bigint DEFAULT 0 NOT NULL,
    draft_rating character varying(20),
    draft_explanation text,
    drafted_by character varying(60),
    drafted_at timestamp with time zone,
    rating character varying(20),
    explanation text,
    reviewed_by character varying(60),
    approved_by character varying(60),
    published_at timestamp with time zone,
    CONSTRAINT verdict_draft_rating_check CHECK (((draft_rating)::text = ANY ((ARRAY['ACCURATE'::character varying, 'MOSTLY_ACCURATE'::character varying, 'UNPROVEN'::character varying, 'MISLEADING'::character varying, 'FALSE'::character varying])::text[]))),
    CONSTRAINT verdict_draft_whole CHECK ((((draft_rating IS NULL) = (draft_explanation IS NULL)) AND ((draft_rating IS NULL) = (drafted_by IS NULL)))),
    CONSTRAINT verdict_published_whole CHECK ((((rating IS NULL) = (published_at IS NULL)) AND ((rating IS NULL) = (explanation IS NULL)) AND ((rating IS NULL) = (approved_by IS NULL)))),
    CONSTRAINT verdict_rating_check CHECK (((rating)::text = ANY ((ARRAY['ACCURATE'::character varying, 'MOSTLY_ACCURATE'::character varying, 'UNPROVEN'::character varying, 'MISLEADING'::character varying, 'FALSE'::character varying])::text[])))
);


--
-- Name: verdict_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.verdict ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.verdict_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: work_state; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.work_state (
    code character varying(30) NOT NULL,
    label character varying(60) NOT NULL,
    "position" integer NOT NULL,
    CONSTRAINT work_state_code_check CHECK (((code)::text ~ '^[a-z][a-z0-9-]*$'::text)),
    CONSTRAINT work_state_label_check CHECK ((length(TRIM(BOTH FROM label)) > 0))
);


--
-- Data for Name: account; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.account (id, username, password_hash, role, enabled, created_at, version) VALUES
	(1, 'chief', '{bcrypt}$2a$10$La2g78SDwW786emJjBw/EeiDWbnVxoQKVdPvjCGTq1HkOO2DmgBqS', 'ADMIN', true, '2026-12-07 02:15:49.887904+00', 0),
	(2, 'anna', '{bcrypt}$2a$10$9fpHsFU.Mg29C6DZapLCuOYro/iw7Z8HMslKCyD28h8e.9uXB/A0a', 'EDITOR', true, '2026-12-07 02:15:52.359375+00', 0),
	(3, 'ben', '{bcrypt}$2a$10$jP13rvVv5Gq4O/8RNNwZ5uybcrQBQkrNsTezFXrLHz0C1hPxGg8wi', 'EDITOR', true, '2026-12-07 02:15:52.918332+00', 0);


--
-- Data for Name: actor; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.actor (id, slug, name, kind, description, version) VALUES
	(2, 'vladimir-putin', 'Vladimir Putin', 'PERSON', 'President of Russia.', 0),
	(3, 'xi-jinping', 'Xi Jinping', 'PERSON', 'President of China.', 0),
	(4, 'kremlin', 'The Kremlin', 'GOVERNMENT_BODY', 'The Russian presidential administration.', 0),
	(5, 'dmitry-peskov', 'Dmitry Peskov', 'PERSON', 'Kremlin spokesman.', 0),
	(6, 'pentagon', 'The Pentagon', 'GOVERNMENT_BODY', 'U.S. Department of Defense.', 0),
	(8, 'new-york-times', 'The New York Times', 'NEWS_OUTLET', 'U.S. newspaper.', 0),
	(12, 'politico-europe', 'Politico Europe', 'NEWS_OUTLET', 'European edition of Politico.', 0),
	(14, 'reuters', 'Reuters', 'NEWS_OUTLET', 'desk: news agency', 0),
	(7, 'wall-street-journal', 'The Wall Street Journal', 'NEWS_OUTLET', 'U.S. newspaper.', 1),
	(13, 'x-platform', 'X', 'PLATFORM', 'Social network.', 0),
	(11, 'tass', 'TASS', 'NEWS_OUTLET', 'News agency.', 0),
	(1, 'elon-musk', 'Elon Musk', 'PERSON', 'Chief executive of SpaceX, Tesla and X, as the tracked report describes him.', 1),
	(10, 'rupert-murdoch', 'Rupert Murdoch', 'PERSON', 'Named in Musk''s post on X as not controlling the WSJ.', 0),
	(9, 'spacex', 'SpaceX', 'COMPANY', 'Space company founded by Elon Musk; its Starlink service is named in the report.', 0);


--
-- Data for Name: actor_aud; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.actor_aud (id, rev, revtype, slug, name, kind, description) VALUES
	(1, 1, 0, 'elon-musk', 'Elon Musk', 'PERSON', 'Chief executive of SpaceX and Tesla; owner of X.'),
	(2, 1, 0, 'vladimir-putin', 'Vladimir Putin', 'PERSON', 'President of Russia.'),
	(3, 1, 0, 'xi-jinping', 'Xi Jinping', 'PERSON', 'President of China.'),
	(4, 1, 0, 'kremlin', 'The Kremlin', 'GOVERNMENT_BODY', 'The Russian presidential administration.'),
	(5, 1, 0, 'dmitry-peskov', 'Dmitry Peskov', 'PERSON', 'Kremlin spokesman.'),
	(6, 1, 0, 'pentagon', 'The Pentagon', 'GOVERNMENT_BODY', 'U.S. Department of Defense.'),
	(7, 1, 0, 'wall-street-journal', 'The Wall Street Journal', 'NEWS_OUTLET', 'U.S. newspaper owned by News Corp.'),
	(8, 1, 0, 'new-york-times', 'The New York Times', 'NEWS_OUTLET', 'U.S. newspaper.'),
	(9, 1, 0, 'spacex', 'SpaceX', 'COMPANY', 'U.S. space company led by Elon Musk; operates Starlink.'),
	(10, 1, 0, 'rupert-murdoch', 'Rupert Murdoch', 'PERSON', 'Media owner whose News Corp owns The Wall Street Journal.'),
	(11, 1, 0, 'tass', 'TASS', 'NEWS_OUTLET', 'Russian state news agency.'),
	(12, 1, 0, 'politico-europe', 'Politico Europe', 'NEWS_OUTLET', 'European edition of Politico.'),
	(13, 1, 0, 'x-platform', 'X', 'PLATFORM', 'Social network formerly called Twitter, owned by Elon Musk.'),
	(7, 6, 1, 'wall-street-journal', 'The Wall Street Journal', 'NEWS_OUTLET', 'desk: New York daily newspaper.'),
	(1, 7, 1, 'elon-musk', 'Elon Musk', 'PERSON', 'desk: Businessman; runs SpaceX, Tesla and X.'),
	(14, 11, 0, 'reuters', 'Reuters', 'NEWS_OUTLET', 'desk: news agency'),
	(7, 24, 1, 'wall-street-journal', 'The Wall Street Journal', 'NEWS_OUTLET', 'U.S. newspaper.'),
	(13, 24, 1, 'x-platform', 'X', 'PLATFORM', 'Social network.'),
	(11, 24, 1, 'tass', 'TASS', 'NEWS_OUTLET', 'News agency.'),
	(1, 24, 1, 'elon-musk', 'Elon Musk', 'PERSON', 'Chief executive of SpaceX, Tesla and X, as the tracked report describes him.'),
	(10, 24, 1, 'rupert-murdoch', 'Rupert Murdoch', 'PERSON', 'Named in Musk''s post on X as not controlling the WSJ.'),
	(9, 24, 1, 'spacex', 'SpaceX', 'COMPANY', 'Space company founded by Elon Musk; its Starlink service is named in the report.');


--
-- Data for Name: attribution; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.attribution (id, claim_id, source_id, speaker_id, speaker_description, anonymous, source_count, basis, stance, quote, stated_edtf, stated_earliest, stated_latest, stated_label, version, withdrawn_reason, withdrawn_at, wording, relays_id) VALUES
	(1, 1, 1, 1, NULL, false, NULL, 'his own public statement', 'ASSERTS', 'In October 2022, Elon Musk publicly admitted that he had spoken to Putin, although only once—around April 2021.', '2022-10', '2022-10-01', '2022-10-31', 'October 2022', 0, NULL, NULL, 'SOURCE', NULL),
	(4, 2, 4, 5, 'Kremlin spokesman', false, NULL, 'speaking for the Kremlin to reporters', 'DENIES', NULL, '2024-10-25', '2024-10-25', '2024-10-25', NULL, 0, NULL, NULL, 'SOURCE', NULL),
	(5, 2, 1, 1, NULL, false, NULL, NULL, 'DID_NOT_RESPOND', 'Elon Musk didn’t respond to requests for comment .', '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024', 0, NULL, NULL, 'SOURCE', NULL),
	(10, 5, 1, 4, NULL, false, NULL, NULL, 'ASSERTS', 'the Kremlin only admitted one phone call between Musk and Putin—on the topic of space and technologies', '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024', 0, NULL, NULL, 'SOURCE', NULL),
	(11, 5, 4, 5, 'Kremlin spokesman', false, NULL, 'speaking for the Kremlin to reporters', 'ASSERTS', NULL, '2024-10-25', '2024-10-25', '2024-10-25', NULL, 0, NULL, NULL, 'SOURCE', NULL),
	(12, 6, 4, 5, 'Kremlin spokesman', false, NULL, 'speaking for the Kremlin to reporters', 'ASSERTS', NULL, '2024-10-25', '2024-10-25', '2024-10-25', NULL, 0, NULL, NULL, 'SOURCE', NULL),
	(13, 6, 1, 4, NULL, false, NULL, NULL, 'ASSERTS', 'denied any regular communication between the two', '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024', 0, NULL, NULL, 'SOURCE', NULL),
	(17, 9, 1, 6, 'a Pentagon spokesman', false, NULL, NULL, 'DECLINES_TO_COMMENT', 'A Pentagon spokesman refused to comment on any individual’s security clearance, review, or status.', '2024-10', '2024-10-01', '2024-10-31', 'October 2024', 0, NULL, NULL, 'SOURCE', NULL),
	(8, 4, 1, NULL, 'the tracked report, in its own voice', false, NULL, 'desk: the report''s own statement', 'ASSERTS', 'Elon Musk didn’t respond to requests for comment .', '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024', 1, NULL, NULL, 'SOURCE', NULL),
	(15, 8, 1, NULL, 'the tracked report, in its own voice', false, NULL, 'desk: public contract records, as the report says', 'ASSERTS', 'The founder of SpaceX, which won a $1.8 billion classified contract in 2021 for the U.S. government', '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024', 1, NULL, NULL, 'SOURCE', NULL),
	(22, 13, 3, 1, NULL, false, NULL, 'his own opinion', 'ASSERTS', 'Everyone knows that NYT is a left-wing propaganda machine. Less obvious, is that the WSJ is controlled by the (left-wing) journalists union, not Rupert Murdoch! Same is true of almost all legacy news organizations.', '2024-10', '2024-10-01', '2024-10-31', 'October 2024', 0, NULL, NULL, 'OWN', NULL),
	(14, 7, 1, NULL, 'the tracked report, in its own voice', false, NULL, 'not stated', 'ASSERTS', 'The report raises questions about national security due to Musk’s close business ties with the U.S. military and intelligence agencies.', '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024', 0, NULL, NULL, 'SOURCE', NULL),
	(16, 9, 1, NULL, 'the tracked report, in its own voice', false, NULL, 'not stated', 'ASSERTS', 'has a security clearance that allows him access to certain classified information', '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024', 0, NULL, NULL, 'SOURCE', NULL),
	(18, 10, 1, NULL, 'the tracked report, in its own voice', false, NULL, 'not stated', 'ASSERTS', 'A Pentagon spokesman refused to comment on any individual’s security clearance, review, or status.', '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024', 0, NULL, NULL, 'SOURCE', NULL),
	(21, 12, 1, NULL, 'the tracked report, in its own voice', false, NULL, 'not stated', 'ASSERTS', 'Starlink is currently still unavailable in Taiwan. There is no information on when this might change.', '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024', 0, NULL, NULL, 'SOURCE', NULL),
	(24, 14, 1, NULL, 'the tracked report, in its own voice', false, NULL, 'not stated', 'ASSERTS', 'In his tweets, he didn’t question any specific information contained in the report.', '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024', 0, NULL, NULL, 'SOURCE', NULL),
	(9, 4, 2, 7, NULL, false, NULL, 'not stated', 'ASSERTS', NULL, '2024-10-24', '2024-10-24', '2024-10-24', NULL, 1, 'desk: the WSJ''s article was not retrieved.', '2026-12-07 02:16:05.108435+00', 'SOURCE', NULL),
	(2, 2, 2, NULL, 'several current and former U.S., European and Russian officials and intelligence sources', true, NULL, 'officials and intelligence sources', 'ASSERTS', NULL, '2024-10-24', '2024-10-24', '2024-10-24', NULL, 0, NULL, NULL, 'SOURCE', NULL),
	(6, 3, 2, NULL, 'several current and former U.S., European and Russian officials and intelligence sources', true, NULL, 'officials and intelligence sources', 'ASSERTS', NULL, '2024-10-24', '2024-10-24', '2024-10-24', NULL, 0, NULL, NULL, 'SOURCE', NULL),
	(27, 11, 2, NULL, 'anonymous sources (the WSJ''s article was not retrieved; the reports that relay it describe them differently)', true, NULL, 'not stated', 'ASSERTS', NULL, '2024-10-24', '2024-10-24', '2024-10-24', NULL, 0, NULL, NULL, 'SOURCE', NULL),
	(3, 2, 1, NULL, 'several current and former U.S., European, and Russian officials and intelligence sources', true, NULL, 'officials and intelligence sources, as cited by the WSJ', 'ASSERTS', 'However, a new report by The Wall Street Journal claims that SpaceX, Tesla, and X chief executive officer has been in regular contact with Russian President Vladimir Putin since late 2022 and into this year.', '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024', 0, NULL, NULL, 'SOURCE', 2),
	(7, 3, 1, NULL, 'several current and former U.S., European, and Russian officials and intelligence sources', true, NULL, 'officials and intelligence sources, as cited by the WSJ', 'ASSERTS', 'The discussions allegedly touched on personal topics, business, and geopolitical tensions.', '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024', 0, NULL, NULL, 'SOURCE', 6),
	(26, 3, 7, NULL, 'two people familiar with the calls', true, NULL, 'desk: familiar with the calls', 'ASSERTS', 'desk: They talked business.', '2024-10-25', '2024-10-25', '2024-10-25', NULL, 0, NULL, NULL, 'SOURCE', 6),
	(19, 11, 1, NULL, 'a former Russian intelligence officer briefed on the situation', true, 1, 'briefed on the situation', 'ASSERTS', 'The request came late last year, The Wall Street Journal reports citing a former Russian intelligence officer briefed on the situation.', '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024', 0, NULL, NULL, 'SOURCE', 27),
	(20, 11, 5, NULL, 'two people briefed on the request', true, 2, 'briefed on the request', 'ASSERTS', 'two people briefed on the request', '2024-10-25', '2024-10-25', '2024-10-25', NULL, 0, NULL, NULL, 'SOURCE', 27),
	(25, 2, 6, NULL, 'two people familiar with the calls', true, 2, 'desk: familiar with the calls', 'ASSERTS', 'desk: Musk and Putin have spoken several times since late 2022, two people said.', '2024-10-25', '2024-10-25', '2024-10-25', NULL, 0, NULL, NULL, 'SOURCE', 2),
	(23, 13, 1, 1, NULL, false, NULL, 'his post on X, quoted', 'ASSERTS', 'Everyone knows that NYT is a left-wing propaganda machine. Less obvious, is that the WSJ is controlled by the (left-wing) journalists union, not Rupert Murdoch! Same is true of almost all legacy news organizations.', '2024-10', '2024-10-01', '2024-10-31', 'October 2024', 0, NULL, NULL, 'OWN', 22),
	(28, 16, 4, 5, NULL, false, NULL, 'desk: to reporters', 'ASSERTS', 'desk: This is not true.', '2024-10-25', '2024-10-25', '2024-10-25', NULL, 0, NULL, NULL, 'OWN', NULL),
	(29, 16, 1, 5, NULL, false, NULL, 'desk: as TASS reports', 'ASSERTS', NULL, '2024-10-26', '2024-10-26', '2024-10-26', NULL, 0, NULL, NULL, 'SOURCE', 28);


--
-- Data for Name: attribution_aud; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.attribution_aud (id, rev, revtype, claim_id, source_id, speaker_id, speaker_description, anonymous, source_count, basis, stance, quote, stated_edtf, stated_earliest, stated_latest, stated_label, withdrawn_reason, withdrawn_at, wording, relays_id) VALUES
	(1, 1, 0, 1, 1, 1, NULL, false, NULL, 'his own public statement', 'ASSERTS', 'In October 2022, Elon Musk publicly admitted that he had spoken to Putin, although only once—around April 2021.', '2022-10', '2022-10-01', '2022-10-31', 'October 2022', NULL, NULL, NULL, NULL),
	(2, 1, 0, 2, 2, NULL, 'several current and former U.S., European and Russian officials', true, NULL, 'officials and intelligence sources', 'ASSERTS', NULL, '2024-10-24', '2024-10-24', '2024-10-24', NULL, NULL, NULL, NULL, NULL),
	(3, 1, 0, 2, 1, NULL, 'several current and former U.S., European, and Russian officials and intelligence sources', true, NULL, 'officials and intelligence sources, as cited by the WSJ', 'ASSERTS', 'However, a new report by The Wall Street Journal claims that SpaceX, Tesla, and X chief executive officer has been in regular contact with Russian President Vladimir Putin since late 2022 and into this year.', '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024', NULL, NULL, NULL, NULL),
	(4, 1, 0, 2, 4, 5, 'Kremlin spokesman', false, NULL, 'speaking for the Kremlin to reporters', 'DENIES', NULL, '2024-10-25', '2024-10-25', '2024-10-25', NULL, NULL, NULL, NULL, NULL),
	(5, 1, 0, 2, 1, 1, NULL, false, NULL, NULL, 'DID_NOT_RESPOND', 'Elon Musk didn’t respond to requests for comment .', '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024', NULL, NULL, NULL, NULL),
	(6, 1, 0, 3, 2, NULL, 'several current and former U.S., European and Russian officials', true, NULL, 'officials and intelligence sources', 'ASSERTS', NULL, '2024-10-24', '2024-10-24', '2024-10-24', NULL, NULL, NULL, NULL, NULL),
	(7, 1, 0, 3, 1, NULL, 'several current and former U.S., European, and Russian officials and intelligence sources', true, NULL, 'officials and intelligence sources, as cited by the WSJ', 'ASSERTS', 'The discussions allegedly touched on personal topics, business, and geopolitical tensions.', '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024', NULL, NULL, NULL, NULL),
	(8, 1, 0, 4, 1, NULL, 'the tracked report, in its own voice', false, NULL, 'its own reporting', 'ASSERTS', 'Elon Musk didn’t respond to requests for comment .', '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024', NULL, NULL, NULL, NULL),
	(9, 1, 0, 4, 2, 7, NULL, false, NULL, 'its own requests for comment', 'ASSERTS', NULL, '2024-10-24', '2024-10-24', '2024-10-24', NULL, NULL, NULL, NULL, NULL),
	(10, 1, 0, 5, 1, 4, NULL, false, NULL, NULL, 'ASSERTS', 'the Kremlin only admitted one phone call between Musk and Putin—on the topic of space and technologies', '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024', NULL, NULL, NULL, NULL),
	(11, 1, 0, 5, 4, 5, 'Kremlin spokesman', false, NULL, 'speaking for the Kremlin to reporters', 'ASSERTS', NULL, '2024-10-25', '2024-10-25', '2024-10-25', NULL, NULL, NULL, NULL, NULL),
	(12, 1, 0, 6, 4, 5, 'Kremlin spokesman', false, NULL, 'speaking for the Kremlin to reporters', 'ASSERTS', NULL, '2024-10-25', '2024-10-25', '2024-10-25', NULL, NULL, NULL, NULL, NULL),
	(13, 1, 0, 6, 1, 4, NULL, false, NULL, NULL, 'ASSERTS', 'denied any regular communication between the two', '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024', NULL, NULL, NULL, NULL),
	(14, 1, 0, 7, 1, NULL, 'the tracked report, in its own voice', false, NULL, 'its own analysis', 'ASSERTS', 'The report raises questions about national security due to Musk’s close business ties with the U.S. military and intelligence agencies.', '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024', NULL, NULL, NULL, NULL),
	(15, 1, 0, 8, 1, NULL, 'the tracked report, in its own voice', false, NULL, 'its own reporting', 'ASSERTS', 'The founder of SpaceX, which won a $1.8 billion classified contract in 2021 for the U.S. government', '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024', NULL, NULL, NULL, NULL),
	(16, 1, 0, 9, 1, NULL, 'the tracked report, in its own voice', false, NULL, 'its own reporting', 'ASSERTS', 'has a security clearance that allows him access to certain classified information', '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024', NULL, NULL, NULL, NULL),
	(17, 1, 0, 9, 1, 6, 'a Pentagon spokesman', false, NULL, NULL, 'DECLINES_TO_COMMENT', 'A Pentagon spokesman refused to comment on any individual’s security clearance, review, or status.', '2024-10', '2024-10-01', '2024-10-31', 'October 2024', NULL, NULL, NULL, NULL),
	(18, 1, 0, 10, 1, NULL, 'the tracked report, in its own voice', false, NULL, 'its own reporting', 'ASSERTS', 'A Pentagon spokesman refused to comment on any individual’s security clearance, review, or status.', '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024', NULL, NULL, NULL, NULL),
	(19, 1, 0, 11, 1, NULL, 'a former Russian intelligence officer briefed on the situation', true, 1, 'briefed on the situation', 'ASSERTS', 'The request came late last year, The Wall Street Journal reports citing a former Russian intelligence officer briefed on the situation.', '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024', NULL, NULL, NULL, NULL),
	(20, 1, 0, 11, 5, NULL, 'two people briefed on the request', true, 2, 'briefed on the request', 'ASSERTS', 'two people briefed on the request', '2024-10-25', '2024-10-25', '2024-10-25', NULL, NULL, NULL, NULL, NULL),
	(21, 1, 0, 12, 1, NULL, 'the tracked report, in its own voice', false, NULL, 'its own reporting', 'ASSERTS', 'Starlink is currently still unavailable in Taiwan. There is no information on when this might change.', '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024', NULL, NULL, NULL, NULL),
	(22, 1, 0, 13, 3, 1, NULL, false, NULL, 'his own opinion', 'ASSERTS', 'Everyone knows that NYT is a left-wing propaganda machine. Less obvious, is that the WSJ is controlled by the (left-wing) journalists union, not Rupert Murdoch! Same is true of almost all legacy news organizations.', '2024-10', '2024-10-01', '2024-10-31', 'October 2024', NULL, NULL, NULL, NULL),
	(23, 1, 0, 13, 1, 1, NULL, false, NULL, 'his post on X, quoted', 'ASSERTS', 'Everyone knows that NYT is a left-wing propaganda machine. Less obvious, is that the WSJ is controlled by the (left-wing) journalists union, not Rupert Murdoch! Same is true of almost all legacy news organizations.', '2024-10', '2024-10-01', '2024-10-31', 'October 2024', NULL, NULL, NULL, NULL),
	(24, 1, 0, 14, 1, NULL, 'the tracked report, in its own voice', false, NULL, 'its own reading of Musk''s posts', 'ASSERTS', 'In his tweets, he didn’t question any specific information contained in the report.', '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024', NULL, NULL, NULL, NULL),
	(8, 9, 1, 4, 1, NULL, 'the tracked report, in its own voice', false, NULL, 'desk: the report''s own statement', 'ASSERTS', 'Elon Musk didn’t respond to requests for comment .', '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024', NULL, NULL, NULL, NULL),
	(15, 10, 1, 8, 1, NULL, 'the tracked report, in its own voice', false, NULL, 'desk: public contract records, as the report says', 'ASSERTS', 'The founder of SpaceX, which won a $1.8 billion classified contract in 2021 for the U.S. government', '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024', NULL, NULL, NULL, NULL),
	(25, 13, 0, 2, 6, NULL, 'two people familiar with the calls', true, 2, 'desk: familiar with the calls', 'ASSERTS', 'desk: Musk and Putin have spoken several times since late 2022, two people said.', '2024-10-25', '2024-10-25', '2024-10-25', NULL, NULL, NULL, NULL, NULL),
	(26, 16, 0, 3, 7, NULL, 'two people familiar with the calls', true, NULL, 'desk: familiar with the calls', 'ASSERTS', 'desk: They talked business.', '2024-10-25', '2024-10-25', '2024-10-25', NULL, NULL, NULL, NULL, NULL),
	(9, 22, 1, 4, 2, 7, NULL, false, NULL, 'its own requests for comment', 'ASSERTS', NULL, '2024-10-24', '2024-10-24', '2024-10-24', NULL, 'desk: the WSJ''s article was not retrieved.', '2026-12-07 02:16:05.108435+00', NULL, NULL),
	(8, 24, 1, 4, 1, NULL, 'the tracked report, in its own voice', false, NULL, 'desk: the report''s own statement', 'ASSERTS', 'Elon Musk didn’t respond to requests for comment .', '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024', NULL, NULL, 'SOURCE', NULL),
	(9, 24, 1, 4, 2, 7, NULL, false, NULL, 'not stated', 'ASSERTS', NULL, '2024-10-24', '2024-10-24', '2024-10-24', NULL, 'desk: the WSJ''s article was not retrieved.', '2026-12-07 02:16:05.108435+00', 'SOURCE', NULL),
	(24, 24, 1, 14, 1, NULL, 'the tracked report, in its own voice', false, NULL, 'not stated', 'ASSERTS', 'In his tweets, he didn’t question any specific information contained in the report.', '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024', NULL, NULL, 'SOURCE', NULL),
	(6, 24, 1, 3, 2, NULL, 'several current and former U.S., European and Russian officials and intelligence sources', true, NULL, 'officials and intelligence sources', 'ASSERTS', NULL, '2024-10-24', '2024-10-24', '2024-10-24', NULL, NULL, NULL, 'SOURCE', NULL),
	(7, 24, 1, 3, 1, NULL, 'several current and former U.S., European, and Russian officials and intelligence sources', true, NULL, 'officials and intelligence sources, as cited by the WSJ', 'ASSERTS', 'The discussions allegedly touched on personal topics, business, and geopolitical tensions.', '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024', NULL, NULL, 'SOURCE', 6),
	(26, 24, 1, 3, 7, NULL, 'two people familiar with the calls', true, NULL, 'desk: familiar with the calls', 'ASSERTS', 'desk: They talked business.', '2024-10-25', '2024-10-25', '2024-10-25', NULL, NULL, NULL, 'SOURCE', 6),
	(22, 24, 1, 13, 3, 1, NULL, false, NULL, 'his own opinion', 'ASSERTS', 'Everyone knows that NYT is a left-wing propaganda machine. Less obvious, is that the WSJ is controlled by the (left-wing) journalists union, not Rupert Murdoch! Same is true of almost all legacy news organizations.', '2024-10', '2024-10-01', '2024-10-31', 'October 2024', NULL, NULL, 'OWN', NULL),
	(23, 24, 1, 13, 1, 1, NULL, false, NULL, 'his post on X, quoted', 'ASSERTS', 'Everyone knows that NYT is a left-wing propaganda machine. Less obvious, is that the WSJ is controlled by the (left-wing) journalists union, not Rupert Murdoch! Same is true of almost all legacy news organizations.', '2024-10', '2024-10-01', '2024-10-31', 'October 2024', NULL, NULL, 'OWN', 22),
	(14, 24, 1, 7, 1, NULL, 'the tracked report, in its own voice', false, NULL, 'not stated', 'ASSERTS', 'The report raises questions about national security due to Musk’s close business ties with the U.S. military and intelligence agencies.', '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024', NULL, NULL, 'SOURCE', NULL),
	(18, 24, 1, 10, 1, NULL, 'the tracked report, in its own voice', false, NULL, 'not stated', 'ASSERTS', 'A Pentagon spokesman refused to comment on any individual’s security clearance, review, or status.', '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024', NULL, NULL, 'SOURCE', NULL),
	(16, 24, 1, 9, 1, NULL, 'the tracked report, in its own voice', false, NULL, 'not stated', 'ASSERTS', 'has a security clearance that allows him access to certain classified information', '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024', NULL, NULL, 'SOURCE', NULL),
	(17, 24, 1, 9, 1, 6, 'a Pentagon spokesman', false, NULL, NULL, 'DECLINES_TO_COMMENT', 'A Pentagon spokesman refused to comment on any individual’s security clearance, review, or status.', '2024-10', '2024-10-01', '2024-10-31', 'October 2024', NULL, NULL, 'SOURCE', NULL),
	(1, 24, 1, 1, 1, 1, NULL, false, NULL, 'his own public statement', 'ASSERTS', 'In October 2022, Elon Musk publicly admitted that he had spoken to Putin, although only once—around April 2021.', '2022-10', '2022-10-01', '2022-10-31', 'October 2022', NULL, NULL, 'SOURCE', NULL),
	(10, 24, 1, 5, 1, 4, NULL, false, NULL, NULL, 'ASSERTS', 'the Kremlin only admitted one phone call between Musk and Putin—on the topic of space and technologies', '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024', NULL, NULL, 'SOURCE', NULL),
	(11, 24, 1, 5, 4, 5, 'Kremlin spokesman', false, NULL, 'speaking for the Kremlin to reporters', 'ASSERTS', NULL, '2024-10-25', '2024-10-25', '2024-10-25', NULL, NULL, NULL, 'SOURCE', NULL),
	(2, 24, 1, 2, 2, NULL, 'several current and former U.S., European and Russian officials and intelligence sources', true, NULL, 'officials and intelligence sources', 'ASSERTS', NULL, '2024-10-24', '2024-10-24', '2024-10-24', NULL, NULL, NULL, 'SOURCE', NULL),
	(3, 24, 1, 2, 1, NULL, 'several current and former U.S., European, and Russian officials and intelligence sources', true, NULL, 'officials and intelligence sources, as cited by the WSJ', 'ASSERTS', 'However, a new report by The Wall Street Journal claims that SpaceX, Tesla, and X chief executive officer has been in regular contact with Russian President Vladimir Putin since late 2022 and into this year.', '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024', NULL, NULL, 'SOURCE', 2),
	(4, 24, 1, 2, 4, 5, 'Kremlin spokesman', false, NULL, 'speaking for the Kremlin to reporters', 'DENIES', NULL, '2024-10-25', '2024-10-25', '2024-10-25', NULL, NULL, NULL, 'SOURCE', NULL),
	(5, 24, 1, 2, 1, 1, NULL, false, NULL, NULL, 'DID_NOT_RESPOND', 'Elon Musk didn’t respond to requests for comment .', '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024', NULL, NULL, 'SOURCE', NULL),
	(25, 24, 1, 2, 6, NULL, 'two people familiar with the calls', true, 2, 'desk: familiar with the calls', 'ASSERTS', 'desk: Musk and Putin have spoken several times since late 2022, two people said.', '2024-10-25', '2024-10-25', '2024-10-25', NULL, NULL, NULL, 'SOURCE', 2),
	(12, 24, 1, 6, 4, 5, 'Kremlin spokesman', false, NULL, 'speaking for the Kremlin to reporters', 'ASSERTS', NULL, '2024-10-25', '2024-10-25', '2024-10-25', NULL, NULL, NULL, 'SOURCE', NULL),
	(13, 24, 1, 6, 1, 4, NULL, false, NULL, NULL, 'ASSERTS', 'denied any regular communication between the two', '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024', NULL, NULL, 'SOURCE', NULL),
	(21, 24, 1, 12, 1, NULL, 'the tracked report, in its own voice', false, NULL, 'not stated', 'ASSERTS', 'Starlink is currently still unavailable in Taiwan. There is no information on when this might change.', '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024', NULL, NULL, 'SOURCE', NULL),
	(19, 24, 1, 11, 1, NULL, 'a former Russian intelligence officer briefed on the situation', true, 1, 'briefed on the situation', 'ASSERTS', 'The request came late last year, The Wall Street Journal reports citing a former Russian intelligence officer briefed on the situation.', '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024', NULL, NULL, 'SOURCE', 27),
	(20, 24, 1, 11, 5, NULL, 'two people briefed on the request', true, 2, 'briefed on the request', 'ASSERTS', 'two people briefed on the request', '2024-10-25', '2024-10-25', '2024-10-25', NULL, NULL, NULL, 'SOURCE', 27),
	(27, 24, 0, 11, 2, NULL, 'anonymous sources (the WSJ''s article was not retrieved; the reports that relay it describe them differently)', true, NULL, 'not stated', 'ASSERTS', NULL, '2024-10-24', '2024-10-24', '2024-10-24', NULL, NULL, NULL, 'SOURCE', NULL),
	(15, 24, 1, 8, 1, NULL, 'the tracked report, in its own voice', false, NULL, 'desk: public contract records, as the report says', 'ASSERTS', 'The founder of SpaceX, which won a $1.8 billion classified contract in 2021 for the U.S. government', '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024', NULL, NULL, 'SOURCE', NULL),
	(28, 27, 0, 16, 4, 5, NULL, false, NULL, 'desk: to reporters', 'ASSERTS', 'desk: This is not true.', '2024-10-25', '2024-10-25', '2024-10-25', NULL, NULL, NULL, 'OWN', NULL),
	(29, 28, 0, 16, 1, 5, NULL, false, NULL, 'desk: as TASS reports', 'ASSERTS', NULL, '2024-10-26', '2024-10-26', '2024-10-26', NULL, NULL, NULL, 'SOURCE', 28);


--
-- Data for Name: claim; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.claim (id, story_id, slug, statement, status, status_reason, event_edtf, event_earliest, event_latest, event_label, version, topics, withdrawn_reason, withdrawn_at, search_vector) VALUES
	(1, 1, 'musk-says-he-spoke-with-putin-once-in-2021', 'Musk said in October 2022 that he had spoken with Putin only once, around April 2021.', 'REPORTED', NULL, '2021-04~', '2021-04-01', '2021-04-30', 'around April 2021', 1, '{musk-putin-contacts}', NULL, NULL, '''2021'':16A,35B ''2022'':5A,19B ''admit'':23B ''although'':30B ''april'':15A,34B ''around'':14A,33B ''elon'':20B ''investig'':46C ''musk'':1A,21B ''name'':49C ''octob'':4A,18B ''public'':22B ''publish'':47C ''putin'':11A,29B ''report'':38C ''said'':2A ''spoken'':9A,27B ''track'':37C ''write'':41C ''write-up'':40C ''wsj'':45C'),
	(6, 2, 'kremlin-denies-regular-musk-putin-communication', 'The Kremlin says there has been no regular communication between Putin and Musk.', 'REPORTED', NULL, '2024-10-25', '2024-10-25', '2024-10-25', NULL, 1, '{musk-putin-contacts}', NULL, NULL, '''communic'':9A,17B ''deni'':14B ''investig'':44C ''kremlin'':2A,21C,23C ''musk'':13A ''name'':47C ''peskov'':25C ''publish'':45C ''putin'':11A ''regular'':8A,16B ''report'':29C,31C,36C ''say'':3A ''spokesman'':22C,24C ''tass'':33C ''track'':35C ''two'':20B ''write'':39C ''write-up'':38C ''wsj'':28C,43C'),
	(8, 1, 'spacex-won-classified-contract-in-2021', 'SpaceX won a classified U.S. government contract worth $1.8 billion in 2021.', 'REPORTED', NULL, '2021', '2021-01-01', '2021-12-31', NULL, 0, '{national-security}', NULL, NULL, '''1.8'':9A,20B ''2021'':12A,25B ''billion'':10A,21B ''classifi'':4A,22B ''contract'':7A,23B ''founder'':14B ''govern'':6A,29B ''investig'':47C ''name'':50C ''publish'':48C ''report'':32C,39C ''spacex'':1A,16B ''track'':31C,38C ''u.s'':5A,28B ''voic'':36C ''won'':2A,18B ''worth'':8A ''write'':42C ''write-up'':41C ''wsj'':46C'),
	(5, 1, 'kremlin-acknowledges-one-call-before-2022', 'The Kremlin acknowledges a single phone call between Putin and Musk, about space and technology, before 2022.', 'DISPUTED', 'desk: Musk''s own account differs on the date.', '../2021', NULL, '2021-12-31', 'before 2022', 1, '{musk-putin-contacts}', NULL, NULL, '''2022'':17A ''acknowledg'':3A ''admit'':21B ''call'':7A,24B ''investig'':59C ''kremlin'':2A,19B,36C,38C ''musk'':11A,26B ''name'':62C ''one'':22B ''peskov'':40C ''phone'':6A,23B ''publish'':60C ''putin'':9A,28B ''report'':44C,46C,51C ''singl'':5A ''space'':13A,33B ''spokesman'':37C,39C ''tass'':48C ''technolog'':15A,35B ''topic'':31B ''track'':50C ''write'':54C ''write-up'':53C ''wsj'':43C,58C'),
	(15, 1, 'desk-reuters-reports-that-musk-and-putin-have-spoken-several-times-since-late', 'desk: Reuters reports that Musk and Putin have spoken several times since late 2022.', 'REPORTED', NULL, '2022-39/2024-10', '2022-09-01', '2024-10-31', 'since late 2022', 0, '{musk-putin-contacts}', NULL, NULL, '''2022'':14A ''desk'':1A ''late'':13A ''musk'':5A ''putin'':7A ''report'':3A ''reuter'':2A ''sever'':10A ''sinc'':12A ''spoken'':9A ''time'':11A'),
	(14, 2, 'musk-did-not-dispute-specific-information', 'Musk''s posts did not dispute any specific information in the WSJ report.', 'REPORTED', NULL, '2024-10', '2024-10-01', '2024-10-31', 'October 2024', 1, '{musk-response,media}', NULL, NULL, '''contain'':24B ''didn'':18B ''disput'':6A ''inform'':9A,23B ''investig'':45C ''musk'':1A ''name'':48C ''post'':3A ''publish'':46C ''question'':20B ''report'':13A,27B,30C,37C ''specif'':8A,22B ''track'':29C,36C ''tweet'':16B ''voic'':34C ''write'':40C ''write-up'':39C ''wsj'':12A,44C'),
	(9, 1, 'musk-holds-a-security-clearance', 'Musk holds a security clearance that gives him access to some classified information.', 'REPORTED', NULL, NULL, NULL, NULL, NULL, 0, '{national-security}', NULL, NULL, '''access'':9A,36B ''allow'':34B ''certain'':38B ''classifi'':12A,39B ''clearanc'':5A,25B,32B ''comment'':19B ''give'':7A ''hold'':2A ''individu'':22B ''inform'':13A,40B ''investig'':58C,75C ''musk'':1A ''name'':61C,78C ''pentagon'':15B,63C ''publish'':59C,76C ''refus'':17B ''report'':43C,50C,67C ''review'':26B ''secur'':4A,24B,31B ''spokesman'':16B,64C ''status'':28B ''track'':42C,49C,66C ''voic'':47C ''write'':53C,70C ''write-up'':52C,69C ''wsj'':57C,74C'),
	(12, 1, 'starlink-still-unavailable-in-taiwan', 'Starlink is still not available in Taiwan, and no date for a change is known.', 'REPORTED', NULL, '2024-10', '2024-10-01', '2024-10-31', 'as of October 2024', 0, '{starlink-taiwan}', NULL, NULL, '''avail'':5A ''chang'':13A,31B ''current'':18B ''date'':10A ''inform'':26B ''investig'':49C ''known'':15A ''might'':30B ''name'':52C ''publish'':50C ''report'':34C,41C ''starlink'':1A,16B ''still'':3A,19B ''taiwan'':7A,22B ''track'':33C,40C ''unavail'':20B ''voic'':38C ''write'':44C ''write-up'':43C ''wsj'':48C'),
	(4, 1, 'musk-did-not-respond-to-requests-for-comment', 'Musk did not answer requests for comment on the report.', 'REPORTED', NULL, '2024-10', '2024-10-01', '2024-10-31', 'October 2024', 0, '{musk-putin-contacts}', NULL, NULL, '''answer'':4A ''comment'':7A,19B ''didn'':13B ''elon'':11B ''investig'':37C ''musk'':1A,12B ''name'':40C ''publish'':38C ''report'':10A,22C,29C ''request'':5A,17B ''respond'':15B ''track'':21C,28C ''voic'':26C ''write'':32C ''write-up'':31C ''wsj'':36C'),
	(10, 1, 'pentagon-declined-to-comment-on-clearances', 'The Pentagon declined to comment on any individual''s security clearance, review, or status.', 'REPORTED', NULL, '2024-10', '2024-10-01', '2024-10-31', 'October 2024', 0, '{national-security}', NULL, NULL, '''clearanc'':11A,26B ''comment'':5A,20B ''declin'':3A ''individu'':8A,23B ''investig'':47C ''name'':50C ''pentagon'':2A,16B ''publish'':48C ''refus'':18B ''report'':32C,39C ''review'':12A,27B ''secur'':10A,25B ''spokesman'':17B ''status'':14A,29B ''track'':31C,38C ''voic'':36C ''write'':42C ''write-up'':41C ''wsj'':46C'),
	(7, 1, 'contacts-raise-national-security-questions', 'The tracked report argues that the reported contacts raise national-security questions because of Musk''s business ties to U.S. military and intelligence agencies.', 'REPORTED', NULL, NULL, NULL, NULL, NULL, 1, '{national-security,analysis}', NULL, NULL, '''agenc'':25A,46B ''argu'':4A ''busi'':18A,38B ''close'':37B ''contact'':8A ''due'':33B ''intellig'':24A,45B ''investig'':64C ''militari'':22A,43B ''musk'':16A,35B ''name'':67C ''nation'':11A,31B ''national-secur'':10A ''publish'':65C ''question'':13A,29B ''rais'':9A,28B ''report'':3A,7A,27B,49C,56C ''secur'':12A,32B ''tie'':19A,39B ''track'':2A,48C,55C ''u.s'':21A,42B ''voic'':53C ''write'':59C ''write-up'':58C ''wsj'':63C'),
	(3, 1, 'musk-putin-talks-covered-personal-business-and-geopolitics', 'The reported conversations covered personal topics, business and geopolitical tensions.', 'DISPUTED', 'Rests on the same anonymous officials as the regular-contact claim; the Kremlin denies any regular communication.', '2022-39/2024-10', '2022-09-01', '2024-10-31', 'late 2022 into October 2024', 1, '{musk-putin-contacts}', NULL, NULL, '''alleg'':13B ''busi'':7A,18B,25B ''call'':31C ''contact'':59C ''convers'':3A ''cover'':4A ''current'':41C,61C ''desk'':22B,32C ''discuss'':12B ''european'':45C,65C ''familiar'':28C ''former'':43C,63C ''geopolit'':9A,20B ''intellig'':50C,70C ''investig'':55C,82C ''journal'':54C ''link'':39C ''musk'':35C,57C ''name'':85C ''offici'':48C,68C ''peopl'':27C ''person'':5A,16B ''publish'':83C ''putin'':37C,58C ''report'':2A,74C ''reuter'':33C ''russian'':47C,67C ''sever'':40C,60C ''share'':38C ''sourc'':51C,71C ''street'':53C ''talk'':24B ''tension'':10A,21B ''topic'':6A,17B ''touch'':14B ''track'':73C ''two'':26C ''u.s'':44C,64C ''wall'':52C ''write'':77C ''write-up'':76C ''wsj'':81C'),
	(2, 1, 'musk-and-putin-in-regular-contact-since-late-2022', 'Musk and Putin have been in regular contact since late 2022, continuing into 2024.', 'DISPUTED', 'Rests on anonymous officials; the Kremlin denies any regular communication.', '2022-39/2024-10', '2022-09-01', '2024-10-31', 'late 2022 into October 2024', 0, '{musk-putin-contacts}', NULL, NULL, '''2022'':11A,54B,69B ''2024'':14A ''call'':78C ''chief'':39B ''claim'':33B ''comment'':23B ''contact'':8A,46B,104C ''continu'':12A ''current'':86C,119C ''desk'':59B,79C ''didn'':17B ''elon'':15B ''european'':90C,123C ''execut'':40B ''familiar'':75C ''former'':88C,121C ''howev'':24B ''intellig'':95C,128C ''investig'':100C,140C,154C ''journal'':32B,99C ''kremlin'':105C,107C ''late'':10A,53B,68B ''musk'':1A,16B,60B,82C,102C ''name'':143C,157C ''new'':26B ''offic'':41B ''offici'':93C,126C ''peopl'':71B,74C ''peskov'':109C ''presid'':49B ''publish'':141C,155C ''putin'':3A,51B,62B,84C,103C ''regular'':7A,45B ''report'':27B,113C,115C,132C,146C ''request'':21B ''respond'':19B ''reuter'':80C ''russian'':48B,92C,125C ''said'':72B ''sever'':65B,85C,118C ''sinc'':9A,52B,67B ''sourc'':96C,129C ''spacex'':35B ''spoken'':64B ''spokesman'':106C,108C ''street'':31B,98C ''tass'':117C ''tesla'':36B ''time'':66B ''track'':131C,145C ''two'':70B,73C ''u.s'':89C,122C ''vladimir'':50B ''wall'':30B,97C ''write'':135C,149C ''write-up'':134C,148C ''wsj'':112C,139C,153C ''x'':38B ''year'':58B'),
	(11, 1, 'putin-asked-musk-not-to-activate-starlink-over-taiwan', 'Putin asked Musk not to switch on Starlink over Taiwan, reportedly as a favour to Xi Jinping.', 'REPORTED', NULL, '2023-39', '2023-09-01', '2023-12-31', 'late 2023', 0, '{starlink-taiwan,national-security}', NULL, NULL, '''anonym'':45C ''articl'':50C ''ask'':2A ''brief'':35B,41B,72C,92C ''came'':20B ''cite'':29B ''contact'':69C ''describ'':59C ''differ'':61C ''europ'':77C ''favour'':14A ''former'':31B,88C ''intellig'':33B,90C ''investig'':65C,106C ''jinp'':17A ''journal'':27B,64C ''last'':22B ''late'':21B ''musk'':3A,67C,84C ''name'':109C ''offic'':34B,91C ''peopl'':40B,71C ''politico'':76C ''publish'':107C ''putin'':1A,68C,86C ''relay'':57C ''report'':11A,28B,55C,82C,98C ''request'':19B,44B,75C ''retriev'':53C ''russian'':32B,89C ''situat'':38B,95C ''sourc'':46C ''starlink'':8A ''street'':26B,63C ''summari'':78C ''switch'':6A ''taiwan'':10A ''track'':97C ''two'':39B,70C ''wall'':25B,62C ''write'':101C ''write-up'':100C ''wsj'':48C,81C,105C ''xi'':16A ''year'':23B'),
	(13, 1, 'musk-calls-nyt-and-wsj-left-wing', 'Musk replied on X that the NYT is a left-wing propaganda machine and that the WSJ, like almost all legacy news organisations, is controlled by "the (left-wing) journalists union" rather than by Rupert Murdoch.', 'REPORTED', NULL, '2024-10', '2024-10-01', '2024-10-31', 'October 2024', 1, '{musk-response,media}', NULL, NULL, '''almost'':20A,72B,110B ''control'':26A,57B,95B ''elon'':115C ''everyon'':39B,77B ''investig'':145C ''journalist'':32A,63B,101B ''know'':40B,78B ''left'':11A,30A,46B,61B,84B,99B ''left-w'':10A,29A,45B,60B,83B,98B ''legaci'':22A,74B,112B ''less'':50B,88B ''like'':19A ''machin'':14A,49B,87B ''murdoch'':38A,67B,105B ''musk'':1A,116C ''name'':148C ''news'':23A,75B,113B ''nyt'':7A,42B,80B ''obvious'':51B,89B ''organ'':76B,114B ''organis'':24A ''post'':118C,132C ''propaganda'':13A,48B,86B ''publish'':146C ''quot'':127C ''rather'':34A ''repli'':2A ''report'':125C,131C,137C ''respond'':121C ''retriev'':134C ''rupert'':37A,66B,104B ''track'':130C,136C ''true'':70B,108B ''union'':33A,64B,102B ''wing'':12A,31A,47B,62B,85B,100B ''write'':140C ''write-up'':139C ''wsj'':18A,55B,93B,124C,144C ''x'':4A,120C'),
	(16, 2, 'desk-peskov-called-the-wsj-report-false', 'desk: Peskov called the WSJ report false.', 'REPORTED', NULL, '2024-10-25', '2024-10-25', '2024-10-25', NULL, 0, '{}', NULL, NULL, '''call'':3A ''desk'':1A,8B ''fals'':7A ''investig'':34C ''kremlin'':13C ''name'':37C ''peskov'':2A,15C ''publish'':35C ''report'':6A,19C,21C,26C ''spokesman'':14C ''tass'':23C ''track'':25C ''true'':12B ''write'':29C ''write-up'':28C ''wsj'':5A,18C,33C');


--
-- Data for Name: claim_aud; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.claim_aud (id, rev, revtype, story_id, slug, statement, status, status_reason, event_edtf, event_earliest, event_latest, event_label, topics, withdrawn_reason, withdrawn_at) VALUES
	(1, 1, 0, 1, 'musk-says-he-spoke-with-putin-once-in-2021', 'Musk has said he spoke with Putin only once, about space, around April 2021.', 'REPORTED', NULL, '2021-04~', '2021-04-01', '2021-04-30', 'around April 2021', '{musk-putin-contacts}', NULL, NULL),
	(2, 1, 0, 1, 'musk-and-putin-in-regular-contact-since-late-2022', 'Musk and Putin have been in regular contact since late 2022, continuing into 2024.', 'DISPUTED', 'Rests on anonymous officials; the Kremlin denies any regular communication.', '2022-39/2024', '2022-09-01', '2024-12-31', 'late 2022 into 2024', '{musk-putin-contacts}', NULL, NULL),
	(3, 1, 0, 1, 'musk-putin-talks-covered-personal-business-and-geopolitics', 'The Musk–Putin conversations covered personal matters, business and geopolitical tensions.', 'REPORTED', NULL, '2022-39/2024', '2022-09-01', '2024-12-31', 'late 2022 into 2024', '{musk-putin-contacts}', NULL, NULL),
	(4, 1, 0, 1, 'musk-did-not-respond-to-requests-for-comment', 'Musk did not answer requests for comment on the report.', 'REPORTED', NULL, '2024-10', '2024-10-01', '2024-10-31', 'October 2024', '{musk-putin-contacts}', NULL, NULL),
	(5, 1, 0, 1, 'kremlin-acknowledges-one-call-before-2022', 'The Kremlin acknowledges a single phone call between Putin and Musk, about space and technology, before 2022.', 'REPORTED', NULL, '../2021', NULL, '2021-12-31', 'before 2022', '{musk-putin-contacts}', NULL, NULL),
	(6, 1, 0, 1, 'kremlin-denies-regular-musk-putin-communication', 'The Kremlin says there has been no regular communication between Putin and Musk.', 'REPORTED', NULL, '2024-10-25', '2024-10-25', '2024-10-25', NULL, '{musk-putin-contacts}', NULL, NULL),
	(7, 1, 0, 1, 'contacts-raise-national-security-questions', 'The contacts raise national-security questions because of Musk''s business ties to U.S. military and intelligence agencies.', 'REPORTED', NULL, NULL, NULL, NULL, NULL, '{national-security}', NULL, NULL),
	(8, 1, 0, 1, 'spacex-won-classified-contract-in-2021', 'SpaceX won a classified U.S. government contract worth $1.8 billion in 2021.', 'REPORTED', NULL, '2021', '2021-01-01', '2021-12-31', NULL, '{national-security}', NULL, NULL),
	(9, 1, 0, 1, 'musk-holds-a-security-clearance', 'Musk holds a security clearance that gives him access to some classified information.', 'REPORTED', NULL, NULL, NULL, NULL, NULL, '{national-security}', NULL, NULL),
	(10, 1, 0, 1, 'pentagon-declined-to-comment-on-clearances', 'The Pentagon declined to comment on any individual''s security clearance.', 'REPORTED', NULL, '2024-10', '2024-10-01', '2024-10-31', 'October 2024', '{national-security}', NULL, NULL),
	(11, 1, 0, 1, 'putin-asked-musk-not-to-activate-starlink-over-taiwan', 'Putin asked Musk not to switch on Starlink over Taiwan, as a favour to Xi Jinping.', 'REPORTED', NULL, '2023-39', '2023-09-01', '2023-12-31', 'late 2023', '{starlink-taiwan,national-security}', NULL, NULL),
	(12, 1, 0, 1, 'starlink-still-unavailable-in-taiwan', 'Starlink is still not available in Taiwan, and no date for a change is known.', 'REPORTED', NULL, '2024-10', '2024-10-01', '2024-10-31', 'as of October 2024', '{starlink-taiwan}', NULL, NULL),
	(13, 1, 0, 1, 'musk-calls-nyt-and-wsj-left-wing', 'Musk replied on X that the NYT is left-wing propaganda and that the WSJ, like most legacy outlets, is run by its journalists'' union rather than by Rupert Murdoch.', 'REPORTED', NULL, '2024-10', '2024-10-01', '2024-10-31', 'October 2024', '{musk-response,media}', NULL, NULL),
	(14, 1, 0, 1, 'musk-did-not-dispute-specific-information', 'Musk''s posts did not dispute any specific information in the report.', 'REPORTED', NULL, '2024-10', '2024-10-01', '2024-10-31', 'October 2024', '{musk-response,media}', NULL, NULL),
	(1, 2, 1, 1, 'musk-says-he-spoke-with-putin-once-in-2021', 'desk: Musk said in October 2022 that he had spoken with Putin only once, around April 2021.', 'REPORTED', NULL, '2021-04~', '2021-04-01', '2021-04-30', 'around April 2021', '{musk-putin-contacts}', NULL, NULL),
	(3, 3, 1, 1, 'musk-putin-talks-covered-personal-business-and-geopolitics', 'desk: The WSJ''s officials say the calls touched on personal topics, business and geopolitical tensions.', 'CONFIRMED', NULL, '2022-39/2024', '2022-09-01', '2024-12-31', 'late 2022 into 2024', '{musk-putin-contacts}', NULL, NULL),
	(13, 4, 1, 1, 'musk-calls-nyt-and-wsj-left-wing', 'desk: Musk answered on X that the NYT is "a left-wing propaganda machine" and that the WSJ is controlled by "the (left-wing) journalists union", not Rupert Murdoch.', 'REPORTED', NULL, '2024-10', '2024-10-01', '2024-10-31', 'October 2024', '{musk-response,media}', NULL, NULL),
	(7, 5, 1, 1, 'contacts-raise-national-security-questions', 'The contacts raise national-security questions because of Musk''s business ties to U.S. military and intelligence agencies.', 'REPORTED', NULL, NULL, NULL, NULL, NULL, '{national-security,analysis}', NULL, NULL),
	(2, 13, 1, 1, 'musk-and-putin-in-regular-contact-since-late-2022', 'Musk and Putin have been in regular contact since late 2022, continuing into 2024.', 'DISPUTED', 'Rests on anonymous officials; the Kremlin denies any regular communication.', '2022-39/2024', '2022-09-01', '2024-12-31', 'late 2022 into 2024', '{musk-putin-contacts}', NULL, NULL),
	(3, 16, 1, 1, 'musk-putin-talks-covered-personal-business-and-geopolitics', 'desk: The WSJ''s officials say the calls touched on personal topics, business and geopolitical tensions.', 'CONFIRMED', NULL, '2022-39/2024', '2022-09-01', '2024-12-31', 'late 2022 into 2024', '{musk-putin-contacts}', NULL, NULL),
	(15, 23, 0, 1, 'desk-reuters-reports-that-musk-and-putin-have-spoken-several-times-since-late', 'desk: Reuters reports that Musk and Putin have spoken several times since late 2022.', 'REPORTED', NULL, '2022-39/2024-10', '2022-09-01', '2024-10-31', 'since late 2022', '{musk-putin-contacts}', NULL, NULL),
	(1, 24, 1, 1, 'musk-says-he-spoke-with-putin-once-in-2021', 'Musk said in October 2022 that he had spoken with Putin only once, around April 2021.', 'REPORTED', NULL, '2021-04~', '2021-04-01', '2021-04-30', 'around April 2021', '{musk-putin-contacts}', NULL, NULL),
	(5, 24, 1, 1, 'kremlin-acknowledges-one-call-before-2022', 'The Kremlin acknowledges a single phone call between Putin and Musk, about space and technology, before 2022.', 'REPORTED', NULL, '../2021', NULL, '2021-12-31', 'before 2022', '{musk-putin-contacts}', NULL, NULL),
	(6, 24, 1, 1, 'kremlin-denies-regular-musk-putin-communication', 'The Kremlin says there has been no regular communication between Putin and Musk.', 'REPORTED', NULL, '2024-10-25', '2024-10-25', '2024-10-25', NULL, '{musk-putin-contacts}', NULL, NULL),
	(8, 24, 1, 1, 'spacex-won-classified-contract-in-2021', 'SpaceX won a classified U.S. government contract worth $1.8 billion in 2021.', 'REPORTED', NULL, '2021', '2021-01-01', '2021-12-31', NULL, '{national-security}', NULL, NULL),
	(15, 24, 1, 1, 'desk-reuters-reports-that-musk-and-putin-have-spoken-several-times-since-late', 'desk: Reuters reports that Musk and Putin have spoken several times since late 2022.', 'REPORTED', NULL, '2022-39/2024-10', '2022-09-01', '2024-10-31', 'since late 2022', '{musk-putin-contacts}', NULL, NULL),
	(9, 24, 1, 1, 'musk-holds-a-security-clearance', 'Musk holds a security clearance that gives him access to some classified information.', 'REPORTED', NULL, NULL, NULL, NULL, NULL, '{national-security}', NULL, NULL),
	(12, 24, 1, 1, 'starlink-still-unavailable-in-taiwan', 'Starlink is still not available in Taiwan, and no date for a change is known.', 'REPORTED', NULL, '2024-10', '2024-10-01', '2024-10-31', 'as of October 2024', '{starlink-taiwan}', NULL, NULL),
	(4, 24, 1, 1, 'musk-did-not-respond-to-requests-for-comment', 'Musk did not answer requests for comment on the report.', 'REPORTED', NULL, '2024-10', '2024-10-01', '2024-10-31', 'October 2024', '{musk-putin-contacts}', NULL, NULL),
	(10, 24, 1, 1, 'pentagon-declined-to-comment-on-clearances', 'The Pentagon declined to comment on any individual''s security clearance, review, or status.', 'REPORTED', NULL, '2024-10', '2024-10-01', '2024-10-31', 'October 2024', '{national-security}', NULL, NULL),
	(7, 24, 1, 1, 'contacts-raise-national-security-questions', 'The tracked report argues that the reported contacts raise national-security questions because of Musk''s business ties to U.S. military and intelligence agencies.', 'REPORTED', NULL, NULL, NULL, NULL, NULL, '{national-security,analysis}', NULL, NULL),
	(14, 24, 1, 1, 'musk-did-not-dispute-specific-information', 'Musk''s posts did not dispute any specific information in the WSJ report.', 'REPORTED', NULL, '2024-10', '2024-10-01', '2024-10-31', 'October 2024', '{musk-response,media}', NULL, NULL),
	(3, 24, 1, 1, 'musk-putin-talks-covered-personal-business-and-geopolitics', 'The reported conversations covered personal topics, business and geopolitical tensions.', 'DISPUTED', 'Rests on the same anonymous officials as the regular-contact claim; the Kremlin denies any regular communication.', '2022-39/2024-10', '2022-09-01', '2024-10-31', 'late 2022 into October 2024', '{musk-putin-contacts}', NULL, NULL),
	(2, 24, 1, 1, 'musk-and-putin-in-regular-contact-since-late-2022', 'Musk and Putin have been in regular contact since late 2022, continuing into 2024.', 'DISPUTED', 'Rests on anonymous officials; the Kremlin denies any regular communication.', '2022-39/2024-10', '2022-09-01', '2024-10-31', 'late 2022 into October 2024', '{musk-putin-contacts}', NULL, NULL),
	(11, 24, 1, 1, 'putin-asked-musk-not-to-activate-starlink-over-taiwan', 'Putin asked Musk not to switch on Starlink over Taiwan, reportedly as a favour to Xi Jinping.', 'REPORTED', NULL, '2023-39', '2023-09-01', '2023-12-31', 'late 2023', '{starlink-taiwan,national-security}', NULL, NULL),
	(13, 24, 1, 1, 'musk-calls-nyt-and-wsj-left-wing', 'Musk replied on X that the NYT is a left-wing propaganda machine and that the WSJ, like almost all legacy news organisations, is controlled by "the (left-wing) journalists union" rather than by Rupert Murdoch.', 'REPORTED', NULL, '2024-10', '2024-10-01', '2024-10-31', 'October 2024', '{musk-response,media}', NULL, NULL),
	(16, 26, 0, 2, 'desk-peskov-called-the-wsj-report-false', 'desk: Peskov called the WSJ report false.', 'REPORTED', NULL, '2024-10-25', '2024-10-25', '2024-10-25', NULL, '{}', NULL, NULL),
	(5, 29, 1, 1, 'kremlin-acknowledges-one-call-before-2022', 'The Kremlin acknowledges a single phone call between Putin and Musk, about space and technology, before 2022.', 'DISPUTED', 'desk: Musk''s own account differs on the date.', '../2021', NULL, '2021-12-31', 'before 2022', '{musk-putin-contacts}', NULL, NULL),
	(6, 31, 1, 2, 'kremlin-denies-regular-musk-putin-communication', 'The Kremlin says there has been no regular communication between Putin and Musk.', 'REPORTED', NULL, '2024-10-25', '2024-10-25', '2024-10-25', NULL, '{musk-putin-contacts}', NULL, NULL),
	(14, 31, 1, 2, 'musk-did-not-dispute-specific-information', 'Musk''s posts did not dispute any specific information in the WSJ report.', 'REPORTED', NULL, '2024-10', '2024-10-01', '2024-10-31', 'October 2024', '{musk-response,media}', NULL, NULL);


--
-- Data for Name: claim_link; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.claim_link (id, from_claim_id, to_claim_id, type, note, version) VALUES
	(2, 13, 2, 'RESPONDS_TO', 'Musk''s post answers the WSJ report.', 0),
	(3, 6, 2, 'CONTRADICTS', 'The Kremlin denies the regular contact the WSJ reports.', 0),
	(5, 3, 2, 'DETAILS', NULL, 0),
	(7, 11, 7, 'SUPPORTS', NULL, 0),
	(8, 9, 7, 'SUPPORTS', NULL, 0),
	(9, 8, 7, 'SUPPORTS', NULL, 0),
	(10, 10, 9, 'RESPONDS_TO', NULL, 0),
	(12, 14, 13, 'DETAILS', NULL, 0),
	(14, 6, 5, 'SUPPORTS', 'desk: the same Kremlin statement.', 0),
	(15, 14, 2, 'RESPONDS_TO', 'desk: about the same report.', 0),
	(16, 11, 2, 'DETAILS', 'desk: one of the reported conversations.', 0),
	(1, 5, 1, 'SUPPORTS', 'Both speak of a single call.', 0),
	(4, 4, 2, 'DETAILS', 'Musk did not answer requests for comment on the report; that is not a response to it.', 0),
	(11, 12, 11, 'DETAILS', 'Context only: the report draws no causal link between the request and Starlink''s absence from Taiwan.', 0);


--
-- Data for Name: claim_link_aud; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.claim_link_aud (id, rev, revtype, from_claim_id, to_claim_id, type, note) VALUES
	(1, 1, 0, 5, 1, 'SUPPORTS', 'Both speak of a single call about space.'),
	(2, 1, 0, 13, 2, 'RESPONDS_TO', 'Musk''s post answers the WSJ report.'),
	(3, 1, 0, 6, 2, 'CONTRADICTS', 'The Kremlin denies the regular contact the WSJ reports.'),
	(4, 1, 0, 4, 2, 'RESPONDS_TO', NULL),
	(5, 1, 0, 3, 2, 'DETAILS', NULL),
	(6, 1, 0, 1, 2, 'CONTRADICTS', 'One call in 2021 against regular contact from late 2022.'),
	(7, 1, 0, 11, 7, 'SUPPORTS', NULL),
	(8, 1, 0, 9, 7, 'SUPPORTS', NULL),
	(9, 1, 0, 8, 7, 'SUPPORTS', NULL),
	(10, 1, 0, 10, 9, 'RESPONDS_TO', NULL),
	(11, 1, 0, 12, 11, 'DETAILS', NULL),
	(12, 1, 0, 14, 13, 'DETAILS', NULL),
	(6, 17, 2, 1, 2, 'CONTRADICTS', 'One call in 2021 against regular contact from late 2022.'),
	(13, 18, 0, 1, 2, 'CONTRADICTS', 'desk: Musk''s one call in 2021 against regular contact from late 2022.'),
	(14, 19, 0, 6, 5, 'SUPPORTS', 'desk: the same Kremlin statement.'),
	(15, 20, 0, 14, 2, 'RESPONDS_TO', 'desk: about the same report.'),
	(16, 21, 0, 11, 2, 'DETAILS', 'desk: one of the reported conversations.'),
	(13, 24, 2, 1, 2, 'CONTRADICTS', 'desk: Musk''s one call in 2021 against regular contact from late 2022.'),
	(1, 24, 1, 5, 1, 'SUPPORTS', 'Both speak of a single call.'),
	(14, 24, 1, 6, 5, 'SUPPORTS', 'desk: the same Kremlin statement.'),
	(3, 24, 1, 6, 2, 'CONTRADICTS', 'The Kremlin denies the regular contact the WSJ reports.'),
	(9, 24, 1, 8, 7, 'SUPPORTS', NULL),
	(8, 24, 1, 9, 7, 'SUPPORTS', NULL),
	(11, 24, 1, 12, 11, 'DETAILS', 'Context only: the report draws no causal link between the request and Starlink''s absence from Taiwan.'),
	(4, 24, 1, 4, 2, 'DETAILS', 'Musk did not answer requests for comment on the report; that is not a response to it.'),
	(10, 24, 1, 10, 9, 'RESPONDS_TO', NULL),
	(15, 24, 1, 14, 2, 'RESPONDS_TO', 'desk: about the same report.'),
	(12, 24, 1, 14, 13, 'DETAILS', NULL),
	(5, 24, 1, 3, 2, 'DETAILS', NULL),
	(16, 24, 1, 11, 2, 'DETAILS', 'desk: one of the reported conversations.'),
	(7, 24, 1, 11, 7, 'SUPPORTS', NULL),
	(2, 24, 1, 13, 2, 'RESPONDS_TO', 'Musk''s post answers the WSJ report.');


--
-- Data for Name: claim_subject; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.claim_subject (claim_id, actor_id) VALUES
	(14, 1),
	(11, 1),
	(9, 1),
	(7, 1),
	(6, 1),
	(5, 1),
	(4, 1),
	(3, 1),
	(2, 1),
	(1, 1),
	(11, 2),
	(6, 2),
	(5, 2),
	(3, 2),
	(2, 2),
	(1, 2),
	(11, 3),
	(10, 6),
	(13, 7),
	(13, 8),
	(12, 9),
	(11, 9),
	(8, 9),
	(13, 10),
	(16, 5);


--
-- Data for Name: claim_subject_aud; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.claim_subject_aud (rev, revtype, claim_id, actor_id) VALUES
	(1, 0, 14, 1),
	(1, 0, 11, 1),
	(1, 0, 9, 1),
	(1, 0, 7, 1),
	(1, 0, 6, 1),
	(1, 0, 5, 1),
	(1, 0, 4, 1),
	(1, 0, 3, 1),
	(1, 0, 2, 1),
	(1, 0, 1, 1),
	(1, 0, 11, 2),
	(1, 0, 6, 2),
	(1, 0, 5, 2),
	(1, 0, 3, 2),
	(1, 0, 2, 2),
	(1, 0, 1, 2),
	(1, 0, 11, 3),
	(1, 0, 10, 6),
	(1, 0, 13, 7),
	(1, 0, 13, 8),
	(1, 0, 12, 9),
	(1, 0, 11, 9),
	(1, 0, 8, 9),
	(1, 0, 13, 10),
	(26, 0, 16, 5);


--
-- Data for Name: claim_work; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.claim_work (claim_id, state, assignee, changed_by, changed_at, version) VALUES
	(11, 'in-progress', 'ben', 'ben', '2026-12-07 02:17:47.804124+00', 1),
	(6, 'ready-for-review', 'anna', 'anna', '2026-12-07 02:17:52.200417+00', 0),
	(14, 'ready-for-review', 'anna', 'anna', '2026-12-07 02:17:52.205407+00', 0);


--
-- Data for Name: claim_work_event; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.claim_work_event (id, claim_id, state, assignee, changed_by, changed_at) VALUES
	(1, 11, 'to-check', 'ben', 'chief', '2026-12-07 02:17:47.017601+00'),
	(2, 11, 'in-progress', 'ben', 'ben', '2026-12-07 02:17:47.804124+00'),
	(3, 6, 'ready-for-review', 'anna', 'anna', '2026-12-07 02:17:52.200417+00'),
	(4, 14, 'ready-for-review', 'anna', 'anna', '2026-12-07 02:17:52.205407+00');


--
-- Data for Name: content_version; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.content_version (singleton, version, changed_at) VALUES
	(true, 1796609871783315, '2026-12-07 02:17:51.783337+00');


--
-- Data for Name: correction; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.correction (id, claim_id, subject, reason, corrected_at, revision_id) VALUES
	(1, 1, 'Attribution to Elon Musk: whose words', 'The quote is the tracked report''s sentence about what Musk said, not his own words.', '2026-12-07 02:16:24.620333+00', 24),
	(2, 2, 'Attribution to Elon Musk: whose words', 'The quote is the tracked report''s sentence saying Musk did not respond, not his own words.', '2026-12-07 02:16:24.620333+00', 24),
	(3, 5, 'Attribution to the Kremlin: whose words', 'The quote is the tracked report''s sentence about the Kremlin, not the Kremlin''s own words.', '2026-12-07 02:16:24.620333+00', 24),
	(4, 6, 'Attribution to the Kremlin: whose words', 'The quote is the tracked report''s sentence about the Kremlin, not the Kremlin''s own words.', '2026-12-07 02:16:24.620333+00', 24),
	(5, 9, 'Attribution to the Pentagon: whose words', 'The quote is the tracked report''s sentence about a Pentagon spokesman, not the spokesman''s own words.', '2026-12-07 02:16:24.620333+00', 24),
	(6, 13, 'Source: Musk''s posts on X', 'The post''s text is as quoted by the tracked report; the post itself was not retrieved.', '2026-12-07 02:16:24.620333+00', 24),
	(7, 1, 'Claim statement', 'Said "about space", which no source says of Musk''s statement; now as the tracked report has it.', '2026-12-07 02:16:24.620333+00', 24),
	(8, 5, 'Link note: supports Musk''s single call', 'Said "a single call about space"; no source says Musk spoke of space.', '2026-12-07 02:16:24.620333+00', 24),
	(9, 11, 'Claim statement', 'Dropped the report''s hedge: the request was "reportedly" a favour to Xi Jinping.', '2026-12-07 02:16:24.620333+00', 24),
	(10, 13, 'Claim statement', 'Musk wrote "almost all" legacy outlets and "the (left-wing) journalists union"; the statement said "most" and "its journalists'' union".', '2026-12-07 02:16:24.620333+00', 24),
	(11, 10, 'Claim statement', 'The spokesman declined to comment on "security clearance, review, or status", not on clearances alone.', '2026-12-07 02:16:24.620333+00', 24),
	(12, 14, 'Claim statement', 'The report in question is the WSJ''s.', '2026-12-07 02:16:24.620333+00', 24),
	(13, 3, 'Claim statement and status', 'Stated as fact what the report calls alleged ("allegedly touched on"); now "reported", and disputed for the same reason as the regular-contact claim.', '2026-12-07 02:16:24.620333+00', 24),
	(14, 7, 'Claim statement', 'This is the tracked report''s own analysis, not an established fact; the statement now says whose it is.', '2026-12-07 02:16:24.620333+00', 24),
	(15, 2, 'When', 'Ended on 31 December 2024; the report, from October 2024, says "into this year", so the period ends in October 2024.', '2026-12-07 02:16:24.620333+00', 24),
	(16, NULL, 'Source date: the tracked report', 'The report carries no date; its date range is inferred from its text, and now says so.', '2026-12-07 02:16:24.620333+00', 24),
	(17, 1, 'Link removed: contradicts the regular-contact claim', 'Musk spoke in October 2022 of one call in 2021; the alleged regular contact began in late 2022. The two do not contradict each other.', '2026-12-07 02:16:24.620333+00', 24),
	(18, 4, 'Link: responds to the regular-contact claim', 'Not answering requests for comment is not a response; the link now says it adds detail.', '2026-12-07 02:16:24.620333+00', 24),
	(19, 12, 'Link note: details the Taiwan request', 'The report gives Starlink''s absence from Taiwan as context, with no causal link to the request.', '2026-12-07 02:16:24.620333+00', 24),
	(20, NULL, 'Attributions: basis', 'Bases the report never gives ("its own reporting", "its own requests for comment", "its own analysis", "its own reading of Musk''s posts") now read "not stated".', '2026-12-07 02:16:24.620333+00', 24),
	(21, 2, 'Attribution to the WSJ''s officials: who', 'The WSJ''s sources are "several current and former U.S., European and Russian officials and intelligence sources"; "and intelligence sources" was missing.', '2026-12-07 02:16:24.620333+00', 24),
	(22, NULL, 'Source titles', 'The five sources'' titles are the editors'' descriptions, not headlines (the real headlines were not recorded); they now show in [square brackets].', '2026-12-07 02:16:24.620333+00', 24),
	(23, NULL, 'Actor descriptions', 'Removed facts no source gives: "owned by News Corp", "formerly called Twitter, owned by Elon Musk", "Russian state news agency", "owner of X".', '2026-12-07 02:16:24.620333+00', 24),
	(24, 13, 'Sourcing', 'The tracked report''s quote of Musk''s post relays the post; it was counted as a second origin.', '2026-12-07 02:16:24.620333+00', 24),
	(25, 2, 'Sourcing', 'The tracked report''s anonymous officials are the WSJ''s, relayed; they were counted as a second anonymous source.', '2026-12-07 02:16:24.620333+00', 24),
	(26, 3, 'Sourcing', 'The tracked report''s anonymous officials are the WSJ''s, relayed; they were counted as a second anonymous source.', '2026-12-07 02:16:24.620333+00', 24),
	(27, 11, 'Sourcing', 'Both accounts (one former Russian intelligence officer in the tracked report, two people briefed in Politico) relay the WSJ''s reporting, which had no attribution of its own.', '2026-12-07 02:16:24.620333+00', 24),
	(28, 5, 'Status', 'desk: the claim was shown as merely reported.', '2026-12-07 02:16:56.932507+00', NULL);


--
-- Data for Name: desk_note; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.desk_note (id, claim_id, attribution_id, source_id, body, author, written_at, edited_at, version) VALUES
	(1, 11, NULL, NULL, 'desk: called SpaceX''s press office 14:05, no answer yet.', 'ben', '2026-12-07 02:17:48.413877+00', NULL, 0),
	(2, 2, NULL, NULL, 'desk: the Kremlin''s denial is in TASS and RIA; ask for the transcript.', 'anna', '2026-12-07 02:17:48.895908+00', '2026-12-07 02:17:49.491583+00', 1);


--
-- Data for Name: flyway_schema_history; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, installed_on, execution_time, success) VALUES
	(1, '1', 'schema', 'SQL', 'V1__schema.sql', -334179924, 'postgres', '2026-12-07 02:15:30.404826', 88, true),
	(2, '2', 'seed musk putin report', 'SQL', 'V2__seed_musk_putin_report.sql', -660090860, 'postgres', '2026-12-07 02:15:30.653999', 42, true),
	(3, '3', 'accounts and sessions', 'SQL', 'V3__accounts_and_sessions.sql', 843875503, 'postgres', '2026-12-07 02:15:30.825428', 51, true),
	(4, '4', 'editing', 'SQL', 'V4__editing.sql', 1695321126, 'postgres', '2026-12-07 02:15:30.900578', 31, true),
	(5, '5', 'revision history', 'SQL', 'V5__revision_history.sql', -240933914, 'postgres', '2026-12-07 02:15:30.956742', 92, true),
	(6, '6', 'search', 'SQL', 'V6__search.sql', -2089281497, 'postgres', '2026-12-07 02:15:31.070707', 49, true),
	(7, '7', 'sign in hardening', 'SQL', 'V7__sign_in_hardening.sql', 1559024844, 'postgres', '2026-12-07 02:16:23.925682', 90, true),
	(8, '8', 'bounded search highlights', 'SQL', 'V8__bounded_search_highlights.sql', 1427450330, 'postgres', '2026-12-07 02:16:24.178517', 13, true),
	(9, '9', 'reading at scale', 'SQL', 'V9__reading_at_scale.sql', 1113793275, 'postgres', '2026-12-07 02:16:24.220885', 122, true),
	(10, '10', 'history lookups', 'SQL', 'V10__history_lookups.sql', 1737738925, 'postgres', '2026-12-07 02:16:24.44234', 31, true),
	(11, '11', 'stories without revisions', 'SQL', 'V11__stories_without_revisions.sql', 1229757111, 'postgres', '2026-12-07 02:16:24.504311', 18, true),
	(12, '12', 'provenance wording corrections', 'SQL', 'V12__provenance_wording_corrections.sql', -477231032, 'postgres', '2026-12-07 02:16:24.547813', 223, true),
	(13, '13', 'verdicts', 'SQL', 'V13__verdicts.sql', -765875467, 'postgres', '2026-12-07 02:16:24.862782', 38, true),
	(14, '14', 'stories in the app', 'SQL', 'V14__stories_in_the_app.sql', 1998488329, 'postgres', '2026-12-07 02:16:24.919333', 22, true),
	(15, '15', 'sources from a link', 'SQL', 'V15__sources_from_a_link.sql', -844906714, 'postgres', '2026-12-07 02:16:24.962497', 22, true),
	(16, '16', 'story history', 'SQL', 'V16__story_history.sql', 1320606467, 'postgres', '2026-12-07 02:16:25.028577', 11, true),
	(17, '17', 'seed corrections that keep editors work', 'SQL', 'V17__seed_corrections_that_keep_editors_work.sql', -785874287, 'postgres', '2026-12-07 02:17:19.520776', 69, true),
	(18, '18', 'seed story corrected where still the seeds', 'SQL', 'V18__seed_story_corrected_where_still_the_seeds.sql', 137630237, 'postgres', '2026-12-07 02:17:19.520776', 151, true),
	(19, '19', 'only public changes move the content version', 'SQL', 'V19__only_public_changes_move_the_content_version.sql', -208390448, 'postgres', '2026-12-07 02:17:19.520776', 5, true),
	(20, '20', 'stance group column', 'SQL', 'V20__stance_group_column.sql', -842157701, 'postgres', '2026-12-07 02:17:19.520776', 17, true),
	(21, '21', 'verdict draft queue', 'SQL', 'V21__verdict_draft_queue.sql', 1599353738, 'postgres', '2026-12-07 02:17:19.520776', 4, true),
	(22, '22', 'desk notes', 'SQL', 'V22__desk_notes.sql', -113945400, 'postgres', '2026-12-07 02:17:19.520776', 34, true),
	(23, '23', 'desk work states', 'SQL', 'V23__desk_work_states.sql', 1455278608, 'postgres', '2026-12-07 02:17:19.520776', 95, true);


--
-- Data for Name: revision; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.revision (id, "timestamp", username) VALUES
	(1, 1796609730970, 'seed migration'),
	(2, 1796609754054, 'anna'),
	(3, 1796609754664, 'anna'),
	(4, 1796609755283, 'anna'),
	(5, 1796609755634, 'anna'),
	(6, 1796609756132, 'anna'),
	(7, 1796609756616, 'anna'),
	(8, 1796609757166, 'anna'),
	(9, 1796609758087, 'anna'),
	(10, 1796609758879, 'anna'),
	(11, 1796609759268, 'anna'),
	(12, 1796609759937, 'anna'),
	(13, 1796609760564, 'anna'),
	(14, 1796609761024, 'anna'),
	(15, 1796609761410, 'anna'),
	(16, 1796609762012, 'anna'),
	(17, 1796609762632, 'anna'),
	(18, 1796609763254, 'anna'),
	(19, 1796609763777, 'anna'),
	(20, 1796609764168, 'anna'),
	(21, 1796609764588, 'anna'),
	(22, 1796609765131, 'anna'),
	(23, 1796609765761, 'anna'),
	(24, 1796609784620, 'seed correction (V12)'),
	(25, 1796609809133, 'anna'),
	(26, 1796609812214, 'anna'),
	(27, 1796609813770, 'anna'),
	(28, 1796609814617, 'anna'),
	(29, 1796609817034, 'anna'),
	(30, 1796609817543, 'anna'),
	(31, 1796609871758, 'anna');


--
-- Data for Name: seed_correction; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.seed_correction (id, migration, fix, table_name, row_id, column_name, seed_value, new_value, outcome, found_value, row_found, note, claim_id, subject, reason, noted_at, reviewed_by, reviewed_at) VALUES
	(1, 'V12', 'V12 overwrote claim 1', 'claim', 1, 'statement', 'Musk has said he spoke with Putin only once, about space, around April 2021.', 'Musk said in October 2022 that he had spoken with Putin only once, around April 2021.', 'OVERWRITTEN', 'desk: Musk said in October 2022 that he had spoken with Putin only once, around April 2021.', true, NULL, 1, 'Changed by the upgrade to 0dd8f84 after an editor''s change', 'The seed correction of release 0dd8f84 (migration V12) replaced what anna had saved on 2026-12-07 02:15 UTC. Nothing was changed back: what the editor had saved is shown here.', '2026-12-07 02:17:19.832036+00', NULL, NULL),
	(2, 'V12', 'V12 overwrote claim 3', 'claim', 3, 'status', 'REPORTED', 'DISPUTED', 'OVERWRITTEN', 'CONFIRMED', true, NULL, 3, 'Changed by the upgrade to 0dd8f84 after an editor''s change', 'The seed correction of release 0dd8f84 (migration V12) replaced what anna had saved on 2026-12-07 02:16 UTC. Nothing was changed back: what the editor had saved is shown here.', '2026-12-07 02:17:19.832036+00', NULL, NULL),
	(3, 'V12', 'V12 overwrote claim 3', 'claim', 3, 'statement', 'The Musk–Putin conversations covered personal matters, business and geopolitical tensions.', 'The reported conversations covered personal topics, business and geopolitical tensions.', 'OVERWRITTEN', 'desk: The WSJ''s officials say the calls touched on personal topics, business and geopolitical tensions.', true, NULL, 3, 'Changed by the upgrade to 0dd8f84 after an editor''s change', 'The seed correction of release 0dd8f84 (migration V12) replaced what anna had saved on 2026-12-07 02:16 UTC. Nothing was changed back: what the editor had saved is shown here.', '2026-12-07 02:17:19.832036+00', NULL, NULL),
	(4, 'V12', 'V12 overwrote claim 13', 'claim', 13, 'statement', 'Musk replied on X that the NYT is left-wing propaganda and that the WSJ, like most legacy outlets, is run by its journalists'' union rather than by Rupert Murdoch.', 'Musk replied on X that the NYT is a left-wing propaganda machine and that the WSJ, like almost all legacy news organisations, is controlled by "the (left-wing) journalists union" rather than by Rupert Murdoch.', 'OVERWRITTEN', 'desk: Musk answered on X that the NYT is "a left-wing propaganda machine" and that the WSJ is controlled by "the (left-wing) journalists union", not Rupert Murdoch.', true, NULL, 13, 'Changed by the upgrade to 0dd8f84 after an editor''s change', 'The seed correction of release 0dd8f84 (migration V12) replaced what anna had saved on 2026-12-07 02:15 UTC. Nothing was changed back: what the editor had saved is shown here.', '2026-12-07 02:17:19.832036+00', NULL, NULL),
	(5, 'V12', 'V12 overwrote attribution 26', 'attribution', 26, 'relays_id', NULL, '6', 'OVERWRITTEN', NULL, true, NULL, 3, 'Changed by the upgrade to 0dd8f84 after an editor''s change', 'The seed correction of release 0dd8f84 (migration V12) replaced what anna had saved on 2026-12-07 02:16 UTC. Nothing was changed back: what the editor had saved is shown here.', '2026-12-07 02:17:19.832036+00', NULL, NULL),
	(6, 'V12', 'V12 overwrote attribution 25', 'attribution', 25, 'relays_id', NULL, '2', 'OVERWRITTEN', NULL, true, NULL, 2, 'Changed by the upgrade to 0dd8f84 after an editor''s change', 'The seed correction of release 0dd8f84 (migration V12) replaced what anna had saved on 2026-12-07 02:16 UTC. Nothing was changed back: what the editor had saved is shown here.', '2026-12-07 02:17:19.832036+00', NULL, NULL),
	(7, 'V12', 'V12 overwrote claim_link 13', 'claim_link', 13, NULL, NULL, NULL, 'OVERWRITTEN', NULL, false, NULL, 1, 'Removed by the upgrade to 0dd8f84 after an editor''s change', 'The seed correction of release 0dd8f84 (migration V12) replaced what anna had saved on 2026-12-07 02:16 UTC. Nothing was changed back: what the editor had saved is shown here.', '2026-12-07 02:17:19.832036+00', NULL, NULL),
	(8, 'V12', 'V12 overwrote actor 7', 'actor', 7, 'description', 'U.S. newspaper owned by News Corp.', 'U.S. newspaper.', 'OVERWRITTEN', 'desk: New York daily newspaper.', true, NULL, NULL, 'Changed by the upgrade to 0dd8f84 after an editor''s change', 'The seed correction of release 0dd8f84 (migration V12) replaced what anna had saved on 2026-12-07 02:15 UTC. Nothing was changed back: what the editor had saved is shown here.', '2026-12-07 02:17:19.832036+00', NULL, NULL),
	(9, 'V12', 'V12 overwrote actor 1', 'actor', 1, 'description', 'Chief executive of SpaceX and Tesla; owner of X.', 'Chief executive of SpaceX, Tesla and X, as the tracked report describes him.', 'OVERWRITTEN', 'desk: Businessman; runs SpaceX, Tesla and X.', true, NULL, NULL, 'Changed by the upgrade to 0dd8f84 after an editor''s change', 'The seed correction of release 0dd8f84 (migration V12) replaced what anna had saved on 2026-12-07 02:15 UTC. Nothing was changed back: what the editor had saved is shown here.', '2026-12-07 02:17:19.832036+00', NULL, NULL),
	(10, 'V12', 'V12 overwrote source 1', 'source', 1, 'published_label', 'late October 2024', 'late October 2024 (inferred from its text: it follows the WSJ report of 24 October)', 'OVERWRITTEN', 'desk: late October 2024, undated', true, NULL, NULL, 'Changed by the upgrade to 0dd8f84 after an editor''s change', 'The seed correction of release 0dd8f84 (migration V12) replaced what anna had saved on 2026-12-07 02:15 UTC. Nothing was changed back: what the editor had saved is shown here.', '2026-12-07 02:17:19.832036+00', NULL, NULL);


--
-- Data for Name: sign_in_account_failure; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: sign_in_failure; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: source; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.source (id, kind, title, publisher_id, author, url, archive_url, published_edtf, published_earliest, published_latest, published_label, retrieved_on, version, title_is_description, withdrawn_reason, withdrawn_at, merged_into_id) VALUES
	(6, 'WIRE_REPORT', 'desk: Reuters on Musk and Putin', 14, NULL, 'https://www.reuters.com/world/europe/musk-putin-contacts-2024-10-25/', NULL, '2024-10-25', '2024-10-25', '2024-10-25', NULL, NULL, 0, false, NULL, NULL, NULL),
	(7, 'WIRE_REPORT', 'desk: Reuters on Musk and Putin (shared link)', 14, NULL, 'https://reuters.com/world/europe/musk-putin-contacts-2024-10-25', NULL, '2024-10-25', '2024-10-25', '2024-10-25', NULL, NULL, 0, false, NULL, NULL, NULL),
	(2, 'NEWS_REPORT', 'Wall Street Journal investigation of Musk–Putin contacts', 7, NULL, NULL, NULL, '2024-10-24', '2024-10-24', '2024-10-24', NULL, NULL, 0, true, NULL, NULL, NULL),
	(4, 'WIRE_REPORT', 'Kremlin spokesman Peskov on the WSJ report, as reported by TASS', 11, NULL, 'https://tass.com/politics/1862383', NULL, '2024-10-25', '2024-10-25', '2024-10-25', NULL, NULL, 0, true, NULL, NULL, NULL),
	(5, 'NEWS_REPORT', 'Politico Europe summary of the WSJ report on Musk and Putin', 12, NULL, 'https://www.politico.eu/article/elon-musk-in-secret-contact-vladimir-putin-since-2022-claims-wall-street-journal-report-us-ukraine-russia-war-starlink/', NULL, '2024-10-25', '2024-10-25', '2024-10-25', NULL, NULL, 0, true, NULL, NULL, NULL),
	(3, 'SOCIAL_POST', 'Elon Musk''s posts on X responding to the WSJ report (as quoted by the tracked report; post not retrieved)', 13, 'Elon Musk', NULL, NULL, '2024-10', '2024-10-01', '2024-10-31', 'October 2024', NULL, 0, true, NULL, NULL, NULL),
	(1, 'NEWS_REPORT', 'The tracked report: a write-up of the WSJ investigation (publisher not named)', NULL, NULL, NULL, NULL, '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024 (inferred from its text: it follows the WSJ report of 24 October)', NULL, 1, true, NULL, NULL, NULL),
	(8, 'WIRE_REPORT', 'desk: Reuters on Musk and Putin (shared link)', 14, NULL, 'https://www.reuters.com/world/europe/musk-putin-contacts-2024-10-25/?fbclid=IwAR0desk', NULL, '2024-10-25', '2024-10-25', '2024-10-25', NULL, NULL, 1, false, 'desk: a shared link to the Reuters article.', '2026-12-07 02:16:57.507647+00', NULL);


--
-- Data for Name: source_aud; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.source_aud (id, rev, revtype, kind, title, publisher_id, author, url, archive_url, published_edtf, published_earliest, published_latest, published_label, retrieved_on, title_is_description, withdrawn_reason, withdrawn_at, merged_into_id) VALUES
	(1, 1, 0, 'NEWS_REPORT', 'The tracked report: a write-up of the WSJ investigation (publisher not named)', NULL, NULL, NULL, NULL, '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024', NULL, NULL, NULL, NULL, NULL),
	(2, 1, 0, 'NEWS_REPORT', 'Wall Street Journal investigation of Musk–Putin contacts', 7, NULL, NULL, NULL, '2024-10-24', '2024-10-24', '2024-10-24', NULL, NULL, NULL, NULL, NULL, NULL),
	(3, 1, 0, 'SOCIAL_POST', 'Elon Musk''s posts on X responding to the WSJ report', 13, 'Elon Musk', NULL, NULL, '2024-10', '2024-10-01', '2024-10-31', 'October 2024', NULL, NULL, NULL, NULL, NULL),
	(4, 1, 0, 'WIRE_REPORT', 'Kremlin spokesman Peskov on the WSJ report, as reported by TASS', 11, NULL, 'https://tass.com/politics/1862383', NULL, '2024-10-25', '2024-10-25', '2024-10-25', NULL, NULL, NULL, NULL, NULL, NULL),
	(5, 1, 0, 'NEWS_REPORT', 'Politico Europe summary of the WSJ report on Musk and Putin', 12, NULL, 'https://www.politico.eu/article/elon-musk-in-secret-contact-vladimir-putin-since-2022-claims-wall-street-journal-report-us-ukraine-russia-war-starlink/', NULL, '2024-10-25', '2024-10-25', '2024-10-25', NULL, NULL, NULL, NULL, NULL, NULL),
	(1, 8, 1, 'NEWS_REPORT', 'The tracked report: a write-up of the WSJ investigation (publisher not named)', NULL, NULL, NULL, NULL, '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'desk: late October 2024, undated', NULL, NULL, NULL, NULL, NULL),
	(6, 12, 0, 'WIRE_REPORT', 'desk: Reuters on Musk and Putin', 14, NULL, 'https://www.reuters.com/world/europe/musk-putin-contacts-2024-10-25/', NULL, '2024-10-25', '2024-10-25', '2024-10-25', NULL, NULL, NULL, NULL, NULL, NULL),
	(7, 14, 0, 'WIRE_REPORT', 'desk: Reuters on Musk and Putin (shared link)', 14, NULL, 'https://reuters.com/world/europe/musk-putin-contacts-2024-10-25', NULL, '2024-10-25', '2024-10-25', '2024-10-25', NULL, NULL, NULL, NULL, NULL, NULL),
	(8, 15, 0, 'WIRE_REPORT', 'desk: Reuters on Musk and Putin (shared link)', 14, NULL, 'https://www.reuters.com/world/europe/musk-putin-contacts-2024-10-25/?fbclid=IwAR0desk', NULL, '2024-10-25', '2024-10-25', '2024-10-25', NULL, NULL, NULL, NULL, NULL, NULL),
	(2, 24, 1, 'NEWS_REPORT', 'Wall Street Journal investigation of Musk–Putin contacts', 7, NULL, NULL, NULL, '2024-10-24', '2024-10-24', '2024-10-24', NULL, NULL, true, NULL, NULL, NULL),
	(4, 24, 1, 'WIRE_REPORT', 'Kremlin spokesman Peskov on the WSJ report, as reported by TASS', 11, NULL, 'https://tass.com/politics/1862383', NULL, '2024-10-25', '2024-10-25', '2024-10-25', NULL, NULL, true, NULL, NULL, NULL),
	(5, 24, 1, 'NEWS_REPORT', 'Politico Europe summary of the WSJ report on Musk and Putin', 12, NULL, 'https://www.politico.eu/article/elon-musk-in-secret-contact-vladimir-putin-since-2022-claims-wall-street-journal-report-us-ukraine-russia-war-starlink/', NULL, '2024-10-25', '2024-10-25', '2024-10-25', NULL, NULL, true, NULL, NULL, NULL),
	(3, 24, 1, 'SOCIAL_POST', 'Elon Musk''s posts on X responding to the WSJ report (as quoted by the tracked report; post not retrieved)', 13, 'Elon Musk', NULL, NULL, '2024-10', '2024-10-01', '2024-10-31', 'October 2024', NULL, true, NULL, NULL, NULL),
	(1, 24, 1, 'NEWS_REPORT', 'The tracked report: a write-up of the WSJ investigation (publisher not named)', NULL, NULL, NULL, NULL, '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024 (inferred from its text: it follows the WSJ report of 24 October)', NULL, true, NULL, NULL, NULL),
	(8, 30, 1, 'WIRE_REPORT', 'desk: Reuters on Musk and Putin (shared link)', 14, NULL, 'https://www.reuters.com/world/europe/musk-putin-contacts-2024-10-25/?fbclid=IwAR0desk', NULL, '2024-10-25', '2024-10-25', '2024-10-25', NULL, NULL, false, 'desk: a shared link to the Reuters article.', '2026-12-07 02:16:57.507647+00', NULL);


--
-- Data for Name: story; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.story (id, slug, title, summary, version, claim_order, featured) VALUES
	(1, 'musk-putin-contacts', 'Musk–Putin contacts and the Starlink/Taiwan request', 'A report, building on a Wall Street Journal investigation of 24 October 2024, that Elon Musk has been in regular contact with Vladimir Putin since late 2022; that Putin asked him not to activate Starlink over Taiwan; the Kremlin''s denial; and Musk''s response on X.', 0, 'EVENT_DATE', true),
	(2, 'desk-the-kremlin-s-answer-to-the-wsj', 'desk: The Kremlin''s answer to the WSJ', 'desk: what the Kremlin said, and when.', 0, 'AS_ADDED', false);


--
-- Data for Name: story_aud; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.story_aud (id, rev, revtype, slug, title, summary, claim_order, featured) VALUES
	(2, 25, 0, 'desk-the-kremlin-s-answer-to-the-wsj', 'desk: The Kremlin''s answer to the WSJ', 'desk: what the Kremlin said, and when.', 'AS_ADDED', false);


--
-- Data for Name: timeline_entry; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.timeline_entry (id, kind, claim_id, attribution_id, story_id, status, topics, speaker_id, edtf, earliest, latest, label, sort_date, sort_latest, sort_attribution) OVERRIDING SYSTEM VALUE VALUES
	(1, 0, 1, NULL, 1, 'REPORTED', '{musk-putin-contacts}', NULL, '2021-04~', '2021-04-01', '2021-04-30', 'around April 2021', '2021-04-01', '2021-04-30', 0),
	(4, 0, 10, NULL, 1, 'REPORTED', '{national-security}', NULL, '2024-10', '2024-10-01', '2024-10-31', 'October 2024', '2024-10-01', '2024-10-31', 0),
	(5, 0, 11, NULL, 1, 'REPORTED', '{starlink-taiwan,national-security}', NULL, '2023-39', '2023-09-01', '2023-12-31', 'late 2023', '2023-09-01', '2023-12-31', 0),
	(6, 0, 12, NULL, 1, 'REPORTED', '{starlink-taiwan}', NULL, '2024-10', '2024-10-01', '2024-10-31', 'as of October 2024', '2024-10-01', '2024-10-31', 0),
	(7, 0, 8, NULL, 1, 'REPORTED', '{national-security}', NULL, '2021', '2021-01-01', '2021-12-31', NULL, '2021-01-01', '2021-12-31', 0),
	(8, 0, 4, NULL, 1, 'REPORTED', '{musk-putin-contacts}', NULL, '2024-10', '2024-10-01', '2024-10-31', 'October 2024', '2024-10-01', '2024-10-31', 0),
	(10, 0, 13, NULL, 1, 'REPORTED', '{musk-response,media}', NULL, '2024-10', '2024-10-01', '2024-10-31', 'October 2024', '2024-10-01', '2024-10-31', 0),
	(13, 0, 15, NULL, 1, 'REPORTED', '{musk-putin-contacts}', NULL, '2022-39/2024-10', '2022-09-01', '2024-10-31', 'since late 2022', '2022-09-01', '2024-10-31', 0),
	(14, 1, 1, 1, 1, 'REPORTED', '{musk-putin-contacts}', 1, '2022-10', '2022-10-01', '2022-10-31', 'October 2022', '2022-10-01', '2022-10-31', 1),
	(19, 1, 9, 17, 1, 'REPORTED', '{national-security}', 6, '2024-10', '2024-10-01', '2024-10-31', 'October 2024', '2024-10-01', '2024-10-31', 17),
	(26, 1, 8, 15, 1, 'REPORTED', '{national-security}', NULL, '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024', '2024-10-25', '2024-10-31', 15),
	(27, 1, 4, 8, 1, 'REPORTED', '{musk-putin-contacts}', NULL, '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024', '2024-10-25', '2024-10-31', 8),
	(40, 1, 13, 22, 1, 'REPORTED', '{musk-response,media}', 1, '2024-10', '2024-10-01', '2024-10-31', 'October 2024', '2024-10-01', '2024-10-31', 22),
	(41, 0, 3, NULL, 1, 'DISPUTED', '{musk-putin-contacts}', NULL, '2022-39/2024-10', '2022-09-01', '2024-10-31', 'late 2022 into October 2024', '2022-09-01', '2024-10-31', 0),
	(45, 0, 2, NULL, 1, 'DISPUTED', '{musk-putin-contacts}', NULL, '2022-39/2024-10', '2022-09-01', '2024-10-31', 'late 2022 into October 2024', '2022-09-01', '2024-10-31', 0),
	(47, 1, 2, 5, 1, 'DISPUTED', '{musk-putin-contacts}', 1, '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024', '2024-10-25', '2024-10-31', 5),
	(48, 1, 2, 4, 1, 'DISPUTED', '{musk-putin-contacts}', 5, '2024-10-25', '2024-10-25', '2024-10-25', NULL, '2024-10-25', '2024-10-25', 4),
	(51, 1, 9, 16, 1, 'REPORTED', '{national-security}', NULL, '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024', '2024-10-25', '2024-10-31', 16),
	(52, 1, 12, 21, 1, 'REPORTED', '{starlink-taiwan}', NULL, '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024', '2024-10-25', '2024-10-31', 21),
	(53, 1, 10, 18, 1, 'REPORTED', '{national-security}', NULL, '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024', '2024-10-25', '2024-10-31', 18),
	(54, 1, 7, 14, 1, 'REPORTED', '{national-security,analysis}', NULL, '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024', '2024-10-25', '2024-10-31', 14),
	(56, 1, 3, 6, 1, 'DISPUTED', '{musk-putin-contacts}', NULL, '2024-10-24', '2024-10-24', '2024-10-24', NULL, '2024-10-24', '2024-10-24', 6),
	(57, 1, 2, 2, 1, 'DISPUTED', '{musk-putin-contacts}', NULL, '2024-10-24', '2024-10-24', '2024-10-24', NULL, '2024-10-24', '2024-10-24', 2),
	(58, 1, 11, 27, 1, 'REPORTED', '{starlink-taiwan,national-security}', NULL, '2024-10-24', '2024-10-24', '2024-10-24', NULL, '2024-10-24', '2024-10-24', 27),
	(59, 1, 3, 26, 1, 'DISPUTED', '{musk-putin-contacts}', NULL, '2024-10-25', '2024-10-25', '2024-10-25', NULL, '2024-10-25', '2024-10-25', 26),
	(60, 1, 3, 7, 1, 'DISPUTED', '{musk-putin-contacts}', NULL, '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024', '2024-10-25', '2024-10-31', 7),
	(61, 1, 2, 25, 1, 'DISPUTED', '{musk-putin-contacts}', NULL, '2024-10-25', '2024-10-25', '2024-10-25', NULL, '2024-10-25', '2024-10-25', 25),
	(62, 1, 2, 3, 1, 'DISPUTED', '{musk-putin-contacts}', NULL, '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024', '2024-10-25', '2024-10-31', 3),
	(63, 1, 11, 20, 1, 'REPORTED', '{starlink-taiwan,national-security}', NULL, '2024-10-25', '2024-10-25', '2024-10-25', NULL, '2024-10-25', '2024-10-25', 20),
	(64, 1, 11, 19, 1, 'REPORTED', '{starlink-taiwan,national-security}', NULL, '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024', '2024-10-25', '2024-10-31', 19),
	(65, 1, 13, 23, 1, 'REPORTED', '{musk-response,media}', 1, '2024-10', '2024-10-01', '2024-10-31', 'October 2024', '2024-10-01', '2024-10-31', 23),
	(66, 0, 16, NULL, 2, 'REPORTED', '{}', NULL, '2024-10-25', '2024-10-25', '2024-10-25', NULL, '2024-10-25', '2024-10-25', 0),
	(67, 1, 16, 28, 2, 'REPORTED', '{}', 5, '2024-10-25', '2024-10-25', '2024-10-25', NULL, '2024-10-25', '2024-10-25', 28),
	(68, 1, 16, 29, 2, 'REPORTED', '{}', 5, '2024-10-26', '2024-10-26', '2024-10-26', NULL, '2024-10-26', '2024-10-26', 29),
	(69, 0, 5, NULL, 1, 'DISPUTED', '{musk-putin-contacts}', NULL, '../2021', NULL, '2021-12-31', 'before 2022', '2021-12-31', '2021-12-31', 0),
	(70, 1, 5, 11, 1, 'DISPUTED', '{musk-putin-contacts}', 5, '2024-10-25', '2024-10-25', '2024-10-25', NULL, '2024-10-25', '2024-10-25', 11),
	(71, 1, 5, 10, 1, 'DISPUTED', '{musk-putin-contacts}', 4, '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024', '2024-10-25', '2024-10-31', 10),
	(72, 0, 6, NULL, 2, 'REPORTED', '{musk-putin-contacts}', NULL, '2024-10-25', '2024-10-25', '2024-10-25', NULL, '2024-10-25', '2024-10-25', 0),
	(73, 1, 6, 13, 2, 'REPORTED', '{musk-putin-contacts}', 4, '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024', '2024-10-25', '2024-10-31', 13),
	(74, 1, 6, 12, 2, 'REPORTED', '{musk-putin-contacts}', 5, '2024-10-25', '2024-10-25', '2024-10-25', NULL, '2024-10-25', '2024-10-25', 12),
	(75, 0, 14, NULL, 2, 'REPORTED', '{musk-response,media}', NULL, '2024-10', '2024-10-01', '2024-10-31', 'October 2024', '2024-10-01', '2024-10-31', 0),
	(76, 1, 14, 24, 2, 'REPORTED', '{musk-response,media}', NULL, '2024-10-25/2024-10-31', '2024-10-25', '2024-10-31', 'late October 2024', '2024-10-25', '2024-10-31', 24);


--
-- Data for Name: verdict; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.verdict (id, claim_id, version, draft_rating, draft_explanation, drafted_by, drafted_at, rating, explanation, reviewed_by, approved_by, published_at) VALUES
	(1, 11, 1, NULL, NULL, NULL, NULL, 'UNPROVEN', 'desk: one anonymous source in one report, two in another; nobody on the record.', 'anna', 'ben', '2026-12-07 02:16:56.180656+00'),
	(2, 2, 0, 'UNPROVEN', 'desk: anonymous officials on one side, the Kremlin on the other; nothing on the record.', 'anna', '2026-12-07 02:17:50.5385+00', NULL, NULL, NULL, NULL, NULL);


--
-- Data for Name: work_state; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.work_state (code, label, "position") VALUES
	('to-check', 'To check', 10),
	('in-progress', 'In progress', 20),
	('ready-for-review', 'Ready for review', 30),
	('done', 'Done', 40),
	('desk-needs-a-second', 'desk: Needs a second source', 25);


--
-- Name: account_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.account_id_seq', 3, true);


--
-- Name: actor_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.actor_id_seq', 14, true);


--
-- Name: attribution_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.attribution_id_seq', 29, true);


--
-- Name: claim_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.claim_id_seq', 16, true);


--
-- Name: claim_link_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.claim_link_id_seq', 16, true);


--
-- Name: claim_work_event_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.claim_work_event_id_seq', 4, true);


--
-- Name: correction_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.correction_id_seq', 28, true);


--
-- Name: desk_note_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.desk_note_id_seq', 2, true);


--
-- Name: revision_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.revision_id_seq', 31, true);


--
-- Name: seed_correction_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.seed_correction_id_seq', 10, true);


--
-- Name: source_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.source_id_seq', 8, true);


--
-- Name: story_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.story_id_seq', 2, true);


--
-- Name: timeline_entry_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.timeline_entry_id_seq', 76, true);


--
-- Name: verdict_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.verdict_id_seq', 2, true);


--
-- Name: account account_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account
    ADD CONSTRAINT account_pkey PRIMARY KEY (id);


--
-- Name: account account_username_canonical; Type: CHECK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE public.account
    ADD CONSTRAINT account_username_canonical CHECK (((username)::text ~ '^[a-z0-9._-]{3,60}$'::text)) NOT VALID;


--
-- Name: account account_username_unique; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account
    ADD CONSTRAINT account_username_unique UNIQUE (username);


--
-- Name: actor_aud actor_aud_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.actor_aud
    ADD CONSTRAINT actor_aud_pkey PRIMARY KEY (id, rev);


--
-- Name: actor actor_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.actor
    ADD CONSTRAINT actor_pkey PRIMARY KEY (id);


--
-- Name: actor actor_slug_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.actor
    ADD CONSTRAINT actor_slug_key UNIQUE (slug);


--
-- Name: attribution_aud attribution_aud_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attribution_aud
    ADD CONSTRAINT attribution_aud_pkey PRIMARY KEY (id, rev);


--
-- Name: attribution attribution_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attribution
    ADD CONSTRAINT attribution_pkey PRIMARY KEY (id);


--
-- Name: claim_aud claim_aud_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.claim_aud
    ADD CONSTRAINT claim_aud_pkey PRIMARY KEY (id, rev);


--
-- Name: claim_link_aud claim_link_aud_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.claim_link_aud
    ADD CONSTRAINT claim_link_aud_pkey PRIMARY KEY (id, rev);


--
-- Name: claim_link claim_link_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.claim_link
    ADD CONSTRAINT claim_link_pkey PRIMARY KEY (id);


--
-- Name: claim_link claim_link_unique; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.claim_link
    ADD CONSTRAINT claim_link_unique UNIQUE (from_claim_id, to_claim_id, type);


--
-- Name: claim claim_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.claim
    ADD CONSTRAINT claim_pkey PRIMARY KEY (id);


--
-- Name: claim claim_slug_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.claim
    ADD CONSTRAINT claim_slug_key UNIQUE (slug);


--
-- Name: claim_subject_aud claim_subject_aud_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.claim_subject_aud
    ADD CONSTRAINT claim_subject_aud_pkey PRIMARY KEY (rev, claim_id, actor_id);


--
-- Name: claim_subject claim_subject_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.claim_subject
    ADD CONSTRAINT claim_subject_pkey PRIMARY KEY (claim_id, actor_id);


--
-- Name: claim_work_event claim_work_event_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.claim_work_event
    ADD CONSTRAINT claim_work_event_pkey PRIMARY KEY (id);


--
-- Name: claim_work claim_work_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.claim_work
    ADD CONSTRAINT claim_work_pkey PRIMARY KEY (claim_id);


--
-- Name: content_version content_version_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.content_version
    ADD CONSTRAINT content_version_pkey PRIMARY KEY (singleton);


--
-- Name: correction correction_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.correction
    ADD CONSTRAINT correction_pkey PRIMARY KEY (id);


--
-- Name: desk_note desk_note_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.desk_note
    ADD CONSTRAINT desk_note_pkey PRIMARY KEY (id);


--
-- Name: flyway_schema_history flyway_schema_history_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.flyway_schema_history
    ADD CONSTRAINT flyway_schema_history_pk PRIMARY KEY (installed_rank);


--
-- Name: revision revision_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.revision
    ADD CONSTRAINT revision_pkey PRIMARY KEY (id);


--
-- Name: seed_correction seed_correction_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.seed_correction
    ADD CONSTRAINT seed_correction_pkey PRIMARY KEY (id);


--
-- Name: sign_in_account_failure sign_in_account_failure_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sign_in_account_failure
    ADD CONSTRAINT sign_in_account_failure_pkey PRIMARY KEY (username_key);


--
-- Name: sign_in_failure sign_in_failure_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sign_in_failure
    ADD CONSTRAINT sign_in_failure_pkey PRIMARY KEY (username_key, client_address);


--
-- Name: source_aud source_aud_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.source_aud
    ADD CONSTRAINT source_aud_pkey PRIMARY KEY (id, rev);


--
-- Name: source source_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.source
    ADD CONSTRAINT source_pkey PRIMARY KEY (id);


--
-- Name: spring_session_attributes spring_session_attributes_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.spring_session_attributes
    ADD CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name);


--
-- Name: spring_session spring_session_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.spring_session
    ADD CONSTRAINT spring_session_pk PRIMARY KEY (primary_id);


--
-- Name: story_aud story_aud_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.story_aud
    ADD CONSTRAINT story_aud_pkey PRIMARY KEY (id, rev);


--
-- Name: story story_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.story
    ADD CONSTRAINT story_pkey PRIMARY KEY (id);


--
-- Name: story story_slug_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.story
    ADD CONSTRAINT story_slug_key UNIQUE (slug);


--
-- Name: timeline_entry timeline_entry_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.timeline_entry
    ADD CONSTRAINT timeline_entry_pkey PRIMARY KEY (id);


--
-- Name: verdict verdict_claim_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.verdict
    ADD CONSTRAINT verdict_claim_id_key UNIQUE (claim_id);


--
-- Name: verdict verdict_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.verdict
    ADD CONSTRAINT verdict_pkey PRIMARY KEY (id);


--
-- Name: work_state work_state_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.work_state
    ADD CONSTRAINT work_state_pkey PRIMARY KEY (code);


--
-- Name: work_state work_state_position_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.work_state
    ADD CONSTRAINT work_state_position_key UNIQUE ("position");


--
-- Name: actor_aud_slug_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX actor_aud_slug_idx ON public.actor_aud USING btree (slug);


--
-- Name: actor_name_order_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX actor_name_order_idx ON public.actor USING btree (lower(name), id);


--
-- Name: attribution_aud_claim_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX attribution_aud_claim_idx ON public.attribution_aud USING btree (claim_id);


--
-- Name: attribution_claim_order_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX attribution_claim_order_idx ON public.attribution USING btree (claim_id, id);


--
-- Name: attribution_relays_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX attribution_relays_idx ON public.attribution USING btree (relays_id) WHERE (relays_id IS NOT NULL);


--
-- Name: attribution_source_order_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX attribution_source_order_idx ON public.attribution USING btree (source_id, claim_id, id);


--
-- Name: attribution_speaker_order_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX attribution_speaker_order_idx ON public.attribution USING btree (speaker_id, id) WHERE (speaker_id IS NOT NULL);


--
-- Name: attribution_speaker_wording_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX attribution_speaker_wording_idx ON public.attribution USING btree (speaker_id, wording, id) WHERE (speaker_id IS NOT NULL);


--
-- Name: attribution_stance_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX attribution_stance_idx ON public.attribution USING btree (stance, claim_id);


--
-- Name: claim_aud_slug_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX claim_aud_slug_idx ON public.claim_aud USING btree (slug);


--
-- Name: claim_date_desc_order_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX claim_date_desc_order_idx ON public.claim USING btree (COALESCE(event_earliest, event_latest, '0001-01-01'::date), id);


--
-- Name: claim_date_order_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX claim_date_order_idx ON public.claim USING btree (COALESCE(event_earliest, event_latest, '9999-12-31'::date), id);


--
-- Name: claim_event_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX claim_event_idx ON public.claim USING btree (event_earliest, event_latest);


--
-- Name: claim_link_from_order_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX claim_link_from_order_idx ON public.claim_link USING btree (from_claim_id, id);


--
-- Name: claim_link_to_order_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX claim_link_to_order_idx ON public.claim_link USING btree (to_claim_id, id);


--
-- Name: claim_newest_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX claim_newest_idx ON public.claim USING btree (id DESC);


--
-- Name: claim_search_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX claim_search_idx ON public.claim USING gin (search_vector);


--
-- Name: claim_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX claim_status_idx ON public.claim USING btree (status);


--
-- Name: claim_story_date_order_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX claim_story_date_order_idx ON public.claim USING btree (story_id, COALESCE(event_earliest, event_latest, '9999-12-31'::date), id);


--
-- Name: claim_story_event_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX claim_story_event_idx ON public.claim USING btree (story_id, COALESCE(event_earliest, event_latest, '9999-12-31'::date), id);


--
-- Name: claim_story_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX claim_story_idx ON public.claim USING btree (story_id);


--
-- Name: claim_story_order_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX claim_story_order_idx ON public.claim USING btree (story_id, id);


--
-- Name: claim_subject_actor_order_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX claim_subject_actor_order_idx ON public.claim_subject USING btree (actor_id, claim_id);


--
-- Name: claim_topics_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX claim_topics_idx ON public.claim USING gin (topics);


--
-- Name: claim_work_assignee_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX claim_work_assignee_idx ON public.claim_work USING btree (assignee, claim_id DESC) WHERE (assignee IS NOT NULL);


--
-- Name: claim_work_event_claim_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX claim_work_event_claim_idx ON public.claim_work_event USING btree (claim_id, id DESC);


--
-- Name: correction_claim_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX correction_claim_idx ON public.correction USING btree (claim_id, corrected_at DESC) WHERE (claim_id IS NOT NULL);


--
-- Name: correction_newest_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX correction_newest_idx ON public.correction USING btree (corrected_at DESC, id DESC);


--
-- Name: desk_note_attribution_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX desk_note_attribution_idx ON public.desk_note USING btree (attribution_id, id) WHERE (attribution_id IS NOT NULL);


--
-- Name: desk_note_claim_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX desk_note_claim_idx ON public.desk_note USING btree (claim_id, id) WHERE (claim_id IS NOT NULL);


--
-- Name: desk_note_source_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX desk_note_source_idx ON public.desk_note USING btree (source_id, id) WHERE (source_id IS NOT NULL);


--
-- Name: flyway_schema_history_s_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX flyway_schema_history_s_idx ON public.flyway_schema_history USING btree (success);


--
-- Name: revision_timestamp_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX revision_timestamp_idx ON public.revision USING btree ("timestamp" DESC);


--
-- Name: seed_correction_review_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX seed_correction_review_idx ON public.seed_correction USING btree (id) WHERE (((outcome)::text = ANY ((ARRAY['SKIPPED'::character varying, 'OVERWRITTEN'::character varying])::text[])) AND (reviewed_at IS NULL));


--
-- Name: sign_in_account_failure_age_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sign_in_account_failure_age_idx ON public.sign_in_account_failure USING btree (last_failure_at);


--
-- Name: sign_in_failure_age_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sign_in_failure_age_idx ON public.sign_in_failure USING btree (last_failure_at);


--
-- Name: source_published_order_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX source_published_order_idx ON public.source USING btree (COALESCE(published_earliest, '0001-01-01'::date), id);


--
-- Name: source_publisher_order_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX source_publisher_order_idx ON public.source USING btree (publisher_id, id);


--
-- Name: source_url_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX source_url_idx ON public.source USING btree (url) WHERE (url IS NOT NULL);


--
-- Name: source_url_key_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX source_url_key_idx ON public.source USING btree (public.source_url_key(url)) WHERE (url IS NOT NULL);


--
-- Name: spring_session_ix1; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX spring_session_ix1 ON public.spring_session USING btree (session_id);


--
-- Name: spring_session_ix2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX spring_session_ix2 ON public.spring_session USING btree (expiry_time);


--
-- Name: spring_session_ix3; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX spring_session_ix3 ON public.spring_session USING btree (principal_name);


--
-- Name: story_one_featured_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX story_one_featured_idx ON public.story USING btree (featured) WHERE featured;


--
-- Name: timeline_entry_attribution_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX timeline_entry_attribution_idx ON public.timeline_entry USING btree (attribution_id) WHERE (attribution_id IS NOT NULL);


--
-- Name: timeline_entry_identity_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX timeline_entry_identity_idx ON public.timeline_entry USING btree (claim_id, sort_attribution);


--
-- Name: timeline_entry_order_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX timeline_entry_order_idx ON public.timeline_entry USING btree (sort_date, sort_latest, kind, claim_id, sort_attribution);


--
-- Name: timeline_entry_speaker_order_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX timeline_entry_speaker_order_idx ON public.timeline_entry USING btree (speaker_id, sort_date, sort_latest, kind, claim_id, sort_attribution) WHERE (speaker_id IS NOT NULL);


--
-- Name: timeline_entry_story_order_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX timeline_entry_story_order_idx ON public.timeline_entry USING btree (story_id, sort_date, sort_latest, kind, claim_id, sort_attribution);


--
-- Name: verdict_draft_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX verdict_draft_idx ON public.verdict USING btree (id DESC) WHERE (draft_rating IS NOT NULL);


--
-- Name: attribution claim_search_on_attribution_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER claim_search_on_attribution_delete AFTER DELETE ON public.attribution REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT EXECUTE FUNCTION public.claim_search_on_attribution_delete();


--
-- Name: attribution claim_search_on_attribution_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER claim_search_on_attribution_insert AFTER INSERT ON public.attribution REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION public.claim_search_on_attribution_insert();


--
-- Name: attribution claim_search_on_attribution_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER claim_search_on_attribution_update AFTER UPDATE ON public.attribution REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.claim_search_on_attribution_update();


--
-- Name: claim claim_search_on_claim; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER claim_search_on_claim BEFORE INSERT OR UPDATE OF statement ON public.claim FOR EACH ROW EXECUTE FUNCTION public.claim_search_on_claim();


--
-- Name: source claim_search_on_source_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER claim_search_on_source_update AFTER UPDATE ON public.source REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.claim_search_on_source_update();


--
-- Name: actor content_version_on_actor; Type: TRIGGER; Schema: public; Owner: -
--

CREATE CONSTRAINT TRIGGER content_version_on_actor AFTER INSERT OR DELETE OR UPDATE ON public.actor DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.content_version_bump();


--
-- Name: attribution content_version_on_attribution; Type: TRIGGER; Schema: public; Owner: -
--

CREATE CONSTRAINT TRIGGER content_version_on_attribution AFTER INSERT OR DELETE OR UPDATE ON public.attribution DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.content_version_bump();


--
-- Name: claim content_version_on_claim; Type: TRIGGER; Schema: public; Owner: -
--

CREATE CONSTRAINT TRIGGER content_version_on_claim AFTER INSERT OR DELETE OR UPDATE ON public.claim DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.content_version_bump();


--
-- Name: claim_link content_version_on_claim_link; Type: TRIGGER; Schema: public; Owner: -
--

CREATE CONSTRAINT TRIGGER content_version_on_claim_link AFTER INSERT OR DELETE OR UPDATE ON public.claim_link DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.content_version_bump();


--
-- Name: claim_subject content_version_on_claim_subject; Type: TRIGGER; Schema: public; Owner: -
--

CREATE CONSTRAINT TRIGGER content_version_on_claim_subject AFTER INSERT OR DELETE OR UPDATE ON public.claim_subject DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.content_version_bump();


--
-- Name: correction content_version_on_correction; Type: TRIGGER; Schema: public; Owner: -
--

CREATE CONSTRAINT TRIGGER content_version_on_correction AFTER INSERT OR DELETE OR UPDATE ON public.correction DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.content_version_bump();


--
-- Name: verdict content_version_on_published_verdict_delete; Type: TRIGGER; Schema: public; Owner: -
--

CREATE CONSTRAINT TRIGGER content_version_on_published_verdict_delete AFTER DELETE ON public.verdict DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN ((old.rating IS NOT NULL)) EXECUTE FUNCTION public.content_version_bump();


--
-- Name: verdict content_version_on_published_verdict_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE CONSTRAINT TRIGGER content_version_on_published_verdict_insert AFTER INSERT ON public.verdict DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN ((new.rating IS NOT NULL)) EXECUTE FUNCTION public.content_version_bump();


--
-- Name: verdict content_version_on_published_verdict_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE CONSTRAINT TRIGGER content_version_on_published_verdict_update AFTER UPDATE ON public.verdict DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (((((((old.rating)::text IS DISTINCT FROM (new.rating)::text) OR (old.explanation IS DISTINCT FROM new.explanation)) OR ((old.reviewed_by)::text IS DISTINCT FROM (new.reviewed_by)::text)) OR ((old.approved_by)::text IS DISTINCT FROM (new.approved_by)::text)) OR (old.published_at IS DISTINCT FROM new.published_at))) EXECUTE FUNCTION public.content_version_bump();


--
-- Name: revision content_version_on_revision; Type: TRIGGER; Schema: public; Owner: -
--

CREATE CONSTRAINT TRIGGER content_version_on_revision AFTER INSERT OR DELETE OR UPDATE ON public.revision DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.content_version_bump();


--
-- Name: source content_version_on_source; Type: TRIGGER; Schema: public; Owner: -
--

CREATE CONSTRAINT TRIGGER content_version_on_source AFTER INSERT OR DELETE OR UPDATE ON public.source DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.content_version_bump();


--
-- Name: story content_version_on_story; Type: TRIGGER; Schema: public; Owner: -
--

CREATE CONSTRAINT TRIGGER content_version_on_story AFTER INSERT OR DELETE OR UPDATE ON public.story DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.content_version_bump();


--
-- Name: attribution timeline_on_attribution_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER timeline_on_attribution_insert AFTER INSERT ON public.attribution REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION public.timeline_on_attribution_change();


--
-- Name: attribution timeline_on_attribution_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER timeline_on_attribution_update AFTER UPDATE ON public.attribution REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION public.timeline_on_attribution_change();


--
-- Name: claim timeline_on_claim_insert; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER timeline_on_claim_insert AFTER INSERT ON public.claim REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION public.timeline_on_claim_insert();


--
-- Name: claim timeline_on_claim_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER timeline_on_claim_update AFTER UPDATE ON public.claim REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.timeline_on_claim_update();


--
-- Name: source timeline_on_source_update; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER timeline_on_source_update AFTER UPDATE ON public.source REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.timeline_on_source_update();


--
-- Name: actor_aud actor_aud_rev_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.actor_aud
    ADD CONSTRAINT actor_aud_rev_fkey FOREIGN KEY (rev) REFERENCES public.revision(id);


--
-- Name: attribution_aud attribution_aud_rev_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attribution_aud
    ADD CONSTRAINT attribution_aud_rev_fkey FOREIGN KEY (rev) REFERENCES public.revision(id);


--
-- Name: attribution attribution_claim_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attribution
    ADD CONSTRAINT attribution_claim_id_fkey FOREIGN KEY (claim_id) REFERENCES public.claim(id);


--
-- Name: attribution attribution_relays_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attribution
    ADD CONSTRAINT attribution_relays_id_fkey FOREIGN KEY (relays_id) REFERENCES public.attribution(id) ON DELETE SET NULL;


--
-- Name: attribution attribution_source_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attribution
    ADD CONSTRAINT attribution_source_id_fkey FOREIGN KEY (source_id) REFERENCES public.source(id);


--
-- Name: attribution attribution_speaker_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attribution
    ADD CONSTRAINT attribution_speaker_id_fkey FOREIGN KEY (speaker_id) REFERENCES public.actor(id);


--
-- Name: claim_aud claim_aud_rev_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.claim_aud
    ADD CONSTRAINT claim_aud_rev_fkey FOREIGN KEY (rev) REFERENCES public.revision(id);


--
-- Name: claim_link_aud claim_link_aud_rev_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.claim_link_aud
    ADD CONSTRAINT claim_link_aud_rev_fkey FOREIGN KEY (rev) REFERENCES public.revision(id);


--
-- Name: claim_link claim_link_from_claim_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.claim_link
    ADD CONSTRAINT claim_link_from_claim_id_fkey FOREIGN KEY (from_claim_id) REFERENCES public.claim(id);


--
-- Name: claim_link claim_link_to_claim_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.claim_link
    ADD CONSTRAINT claim_link_to_claim_id_fkey FOREIGN KEY (to_claim_id) REFERENCES public.claim(id);


--
-- Name: claim claim_story_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.claim
    ADD CONSTRAINT claim_story_id_fkey FOREIGN KEY (story_id) REFERENCES public.story(id);


--
-- Name: claim_subject claim_subject_actor_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.claim_subject
    ADD CONSTRAINT claim_subject_actor_id_fkey FOREIGN KEY (actor_id) REFERENCES public.actor(id);


--
-- Name: claim_subject_aud claim_subject_aud_rev_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.claim_subject_aud
    ADD CONSTRAINT claim_subject_aud_rev_fkey FOREIGN KEY (rev) REFERENCES public.revision(id);


--
-- Name: claim_subject claim_subject_claim_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.claim_subject
    ADD CONSTRAINT claim_subject_claim_id_fkey FOREIGN KEY (claim_id) REFERENCES public.claim(id) ON DELETE CASCADE;


--
-- Name: claim_work claim_work_claim_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.claim_work
    ADD CONSTRAINT claim_work_claim_id_fkey FOREIGN KEY (claim_id) REFERENCES public.claim(id) ON DELETE CASCADE;


--
-- Name: claim_work_event claim_work_event_claim_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.claim_work_event
    ADD CONSTRAINT claim_work_event_claim_id_fkey FOREIGN KEY (claim_id) REFERENCES public.claim(id) ON DELETE CASCADE;


--
-- Name: claim_work claim_work_state_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.claim_work
    ADD CONSTRAINT claim_work_state_fkey FOREIGN KEY (state) REFERENCES public.work_state(code);


--
-- Name: correction correction_claim_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.correction
    ADD CONSTRAINT correction_claim_id_fkey FOREIGN KEY (claim_id) REFERENCES public.claim(id) ON DELETE CASCADE;


--
-- Name: correction correction_revision_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.correction
    ADD CONSTRAINT correction_revision_id_fkey FOREIGN KEY (revision_id) REFERENCES public.revision(id);


--
-- Name: desk_note desk_note_attribution_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.desk_note
    ADD CONSTRAINT desk_note_attribution_id_fkey FOREIGN KEY (attribution_id) REFERENCES public.attribution(id) ON DELETE CASCADE;


--
-- Name: desk_note desk_note_claim_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.desk_note
    ADD CONSTRAINT desk_note_claim_id_fkey FOREIGN KEY (claim_id) REFERENCES public.claim(id) ON DELETE CASCADE;


--
-- Name: desk_note desk_note_source_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.desk_note
    ADD CONSTRAINT desk_note_source_id_fkey FOREIGN KEY (source_id) REFERENCES public.source(id) ON DELETE CASCADE;


--
-- Name: seed_correction seed_correction_claim_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.seed_correction
    ADD CONSTRAINT seed_correction_claim_id_fkey FOREIGN KEY (claim_id) REFERENCES public.claim(id) ON DELETE SET NULL;


--
-- Name: source_aud source_aud_rev_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.source_aud
    ADD CONSTRAINT source_aud_rev_fkey FOREIGN KEY (rev) REFERENCES public.revision(id);


--
-- Name: source source_merged_into_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.source
    ADD CONSTRAINT source_merged_into_id_fkey FOREIGN KEY (merged_into_id) REFERENCES public.source(id);


--
-- Name: source source_publisher_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.source
    ADD CONSTRAINT source_publisher_id_fkey FOREIGN KEY (publisher_id) REFERENCES public.actor(id);


--
-- Name: spring_session_attributes spring_session_attributes_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.spring_session_attributes
    ADD CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id) REFERENCES public.spring_session(primary_id) ON DELETE CASCADE;


--
-- Name: story_aud story_aud_rev_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.story_aud
    ADD CONSTRAINT story_aud_rev_fkey FOREIGN KEY (rev) REFERENCES public.revision(id);


--
-- Name: timeline_entry timeline_entry_attribution_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.timeline_entry
    ADD CONSTRAINT timeline_entry_attribution_id_fkey FOREIGN KEY (attribution_id) REFERENCES public.attribution(id) ON DELETE CASCADE;


--
-- Name: timeline_entry timeline_entry_claim_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.timeline_entry
    ADD CONSTRAINT timeline_entry_claim_id_fkey FOREIGN KEY (claim_id) REFERENCES public.claim(id) ON DELETE CASCADE;


--
-- Name: verdict verdict_claim_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.verdict
    ADD CONSTRAINT verdict_claim_id_fkey FOREIGN KEY (claim_id) REFERENCES public.claim(id) ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--


