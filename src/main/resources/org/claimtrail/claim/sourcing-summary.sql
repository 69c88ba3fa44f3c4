-- The sourcing summary: the one place that implements the rule the README states under
-- "The sourcing summary". One row per claim in :ids that has an attribution in force; a claim
-- without one is absent (read as "no one asserts it"). Columns are read by name into
-- SourcingSummary (named_origins → namedOrigins), so their order here does not matter.
--
-- The rule, point by point:
--   1. Only attributions in force count: a withdrawn one (withdrawn_at set) counts for nothing.
--   2. Support is counted by independent origin. An attribution that relays another's sourcing
--      (relays_id: the tracked report repeating the WSJ's officials) counts as the attribution it
--      relays, which is never itself a relay (told to relay a relay, an attribution records that
--      relay's origin: Attribution.Builder.relays), so coalesce(a.relays_id, a.id) is the origin.
--   3. outlets: the distinct publishers carrying an assertion; a source whose publisher is not
--      known counts as one of its own.
--   4. Named and anonymous are counted among the origins of assertions only; a named speaker who
--      denies, or did not respond, does not support the claim.
--   5. Denials (denies, disputes) and declines (declined to comment, did not respond) are counted
--      apart, attribution by attribution.
--   6. sole_origin: where the only origin was published (its outlet, else its source's title),
--      only when there is exactly one.
--
-- One lateral aggregate per claim, so each reads its own attributions and their sources by index.
-- A plain "in (…)" over the list let PostgreSQL's generic plan (used after five runs of a prepared
-- statement) hash-join every source: 8 ms a page instead of under 1.
select listed.claim_id, summary.*
from unnest(cast(:ids as bigint[])) as listed(claim_id)
cross join lateral (
    select count(distinct coalesce(s.publisher_id, -s.id)) filter (where a.stance_group = 'ASSERTS') as outlets,
           count(distinct origin.id) filter (where a.stance_group = 'ASSERTS') as origins,
           count(distinct origin.id) filter (where a.stance_group = 'ASSERTS' and not origin.anonymous) as named_origins,
           count(distinct origin.id) filter (where a.stance_group = 'ASSERTS' and origin.anonymous) as anonymous_origins,
           count(*) filter (where a.stance_group = 'ASSERTS' and a.relays_id is not null) as relays,
           count(*) filter (where a.stance_group = 'ASSERTS') as assertions,
           count(*) filter (where a.stance_group = 'DENIES') as denials,
           count(*) filter (where a.stance_group = 'DECLINES') as declines,
           case when count(distinct origin.id) filter (where a.stance_group = 'ASSERTS') = 1
                then min(coalesce(origin_outlet.name,
                                  source_display_title(origin_source.title, origin_source.title_is_description)))
                     filter (where a.stance_group = 'ASSERTS')
           end as sole_origin
    from attribution a
      join source s on s.id = a.source_id
      join attribution origin on origin.id = coalesce(a.relays_id, a.id)
      join source origin_source on origin_source.id = origin.source_id
      left join actor origin_outlet on origin_outlet.id = origin_source.publisher_id
    where a.claim_id = listed.claim_id
      and a.withdrawn_at is null) summary
where summary.assertions + summary.denials + summary.declines > 0
