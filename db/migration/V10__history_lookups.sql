-- A deleted claim's or actor's history is found by the slug it had: without these, each such
-- lookup read the whole audit table, which grows with every edit ever made.
create index claim_aud_slug_idx on claim_aud (slug);
create index actor_aud_slug_idx on actor_aud (slug);
