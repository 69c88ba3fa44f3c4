-- Origins counted by speaker and statement (issue 26). A desk entering a second story repeated the
-- seed's double count on its own: the Kremlin in one outlet and its spokesman in another, one
-- statement, counted as two independent origins because nobody thought of marking a relay. The
-- sourcing summary now counts, by default, one origin per speaker (an organisation and whoever the
-- actor record says speaks for it are one speaker), per anonymous group in its originating outlet,
-- and per outlet speaking in its own voice; relays still count as the origin they relay.
--
-- Two columns say where that default is wrong, so an editor can change it rather than live with it:
--   actor.speaks_for_id    this actor speaks for that organisation (a spokesman for the Kremlin);
--   attribution.separate_origin
--                          the editor knows this attribution to be an origin of its own (a second
--                          group of anonymous officials in the same paper, a speaker's second,
--                          independent account).
-- Both start empty or false: no row an editor wrote changes here.

alter table actor add column speaks_for_id bigint references actor (id);
alter table actor add constraint actor_speaks_for_other check (speaks_for_id is null or speaks_for_id <> id);
alter table actor_aud add column speaks_for_id bigint;
create index actor_speaks_for_idx on actor (speaks_for_id) where speaks_for_id is not null;

alter table attribution add column separate_origin boolean not null default false;
alter table attribution_aud add column separate_origin boolean;

-- Why the source granted its anonymous sources anonymity, when it says (AP; the Trust Project).
alter table attribution add column anonymity_reason text;
alter table attribution_aud add column anonymity_reason text;

-- The key of the origin an attribution counts as, given the attribution that is its origin (itself,
-- or the one it relays), that origin's source and its speaker: the one definition the summary, the
-- exports and the editor's "counted as the same origin as …" share.
create function origin_key(origin_id bigint, separate boolean, speaker_id bigint, speaks_for_id bigint,
                           anonymous boolean, publisher_id bigint, source_id bigint) returns text
    language sql immutable parallel safe as
$$
select case
           when separate then 'attribution ' || origin_id
           when speaker_id is not null then 'speaker ' || coalesce(speaks_for_id, speaker_id)
           when anonymous then 'anonymous in ' || coalesce(publisher_id, -source_id)
           -- An outlet in its own voice is the same speaker as that outlet named as one.
           else coalesce('speaker ' || publisher_id, 'source ' || source_id)
       end
$$;
