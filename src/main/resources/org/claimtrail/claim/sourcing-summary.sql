-- The sourcing summary: the one place that implements the rule the README states under
-- "The sourcing summary". One row per claim in `listed` (a relation of claim ids the caller
-- defines, see SourcingRule) that has an attribution in force; a claim without one is absent
-- (read as "no one asserts it"). Callers pick the columns by name (SourcingRule.COLUMNS,
-- named_origins → namedOrigins), so their order here does not matter.
--
-- The rule, point by point:
--   1. Only attributions in force count: a withdrawn one (withdrawn_at set) counts for nothing.
--   2. Support is counted by independent origin. An attribution that relays another's sourcing
--      (relays_id: the tracked report repeating the WSJ's officials) counts as the attribution it
--      relays, which is never itself a relay (told to relay a relay, an attribution records that
--      relay's origin: Attribution.Builder.relays), so coalesce(a.relays_id, a.id) is the origin.
--      Origins are then counted by speaker and statement (origin_key, V29): one named speaker (an
--      organisation and whoever speaks for it are one) is one origin however many outlets carry
--      them; anonymous sources are one origin per originating outlet; an outlet in its own voice
--      is that outlet; unless the editor marked the attribution a separate origin.
--   7. relay_counts: the distinct numbers of sources the relays of one origin give, where they
--      give different numbers ("1 source" in one outlet, "2 people briefed" in another).
--   3. outlets: the distinct publishers carrying an assertion; a source whose publisher is not
--      known counts as one of its own.
--   4. Named and anonymous are counted among the origins of assertions only; a named speaker who
--      denies, or did not respond, does not support the claim.
--   5. Denials (denies, disputes) and declines (declined to comment, did not respond) are counted
--      apart, attribution by attribution.
--   6. sole_origin: who the only origin is, when there is exactly one: its named speaker (the
--      organisation they speak for, if any), else the outlet (else the source's title) where its
--      anonymous sources were published or that speaks in its own voice.
--
-- One lateral aggregate per claim, so each reads its own attributions and their sources by index.
-- A plain "in (…)" over the list let PostgreSQL's generic plan (used after five runs of a prepared
-- statement) hash-join every source: 8 ms a page instead of under 1.
select listed.claim_id, summary.*
from listed
cross join lateral (
    select count(distinct coalesce(s.publisher_id, -s.id)) filter (where a.stance_group = 'ASSERTS') as outlets,
           count(distinct o.key) filter (where a.stance_group = 'ASSERTS') as origins,
           count(distinct o.key) filter (where a.stance_group = 'ASSERTS' and not origin.anonymous) as named_origins,
           count(distinct o.key) filter (where a.stance_group = 'ASSERTS' and origin.anonymous) as anonymous_origins,
           count(*) filter (where a.stance_group = 'ASSERTS' and a.relays_id is not null) as relays,
           count(*) filter (where a.stance_group = 'ASSERTS') as assertions,
           count(*) filter (where a.stance_group = 'DENIES') as denials,
           count(*) filter (where a.stance_group = 'DECLINES') as declines,
           case when count(distinct o.key) filter (where a.stance_group = 'ASSERTS') = 1
                then min(case when origin.speaker_id is not null
                              then coalesce(origin_organisation.name, origin_speaker.name)
                              else coalesce(origin_outlet.name,
                                            source_display_title(origin_source.title, origin_source.title_is_description))
                         end)
                     filter (where a.stance_group = 'ASSERTS')
           end as sole_origin,
           case when count(distinct a.source_count) filter (where a.stance_group = 'ASSERTS' and a.anonymous) > 1
                then string_agg(distinct a.source_count::text, ',') filter (where a.stance_group = 'ASSERTS' and a.anonymous)
           end as source_counts
    from attribution a
      join source s on s.id = a.source_id
      join attribution origin on origin.id = coalesce(a.relays_id, a.id)
      join source origin_source on origin_source.id = origin.source_id
      left join actor origin_outlet on origin_outlet.id = origin_source.publisher_id
      left join actor origin_speaker on origin_speaker.id = origin.speaker_id
      left join actor origin_organisation on origin_organisation.id = origin_speaker.speaks_for_id
      cross join lateral (select origin_key(origin.id, origin.separate_origin, origin.speaker_id,
                                            origin_speaker.speaks_for_id, origin.anonymous,
                                            origin_source.publisher_id, origin_source.id) as key) o
    where a.claim_id = listed.claim_id
      and a.withdrawn_at is null) summary
where summary.assertions + summary.denials + summary.declines > 0
